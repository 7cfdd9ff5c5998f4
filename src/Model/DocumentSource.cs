namespace DecreeParser.Model;

/// <summary>The file a decree was read from: its path as given, its format and the SHA-256 of its bytes.</summary>
public sealed record DocumentSource(string Path, string Format, string Sha256)
{
    /// <summary>
    /// How many pages were read by OCR (0 for a text layer, an HTML page, a DOCX, a text dump): an OCR
    /// reading is the weaker witness when two sources of one decree meet.
    /// </summary>
    public int OcrPages { get; init; }
}
