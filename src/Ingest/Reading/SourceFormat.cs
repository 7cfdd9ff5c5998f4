namespace DecreeParser.Ingest.Reading;

/// <summary>The formats an input can be, as its bytes tell.</summary>
public static class SourceFormat
{
    public const string Text = "text";
    public const string Html = "html";
    public const string Docx = "docx";
    public const string Pdf = "pdf";

    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>A zip archive: a DOCX, if <see cref="Docx.ZipGuard"/> finds a Word document in it.</summary>
    public static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith("PK\u0003\u0004"u8);

    /// <summary>"doc" for a Word 97–2003 (OLE) file, "rtf" for Rich Text: read through LibreOffice. Null for anything else.</summary>
    public static string? Legacy(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) ? "doc"
        : bytes.StartsWith("{\\rtf"u8) ? "rtf"
        : null;

    /// <summary>
    /// Why no reader takes a file whose first bytes say it is a container format, or null when the
    /// bytes may be text (which <see cref="TextDecoder"/> then decides).
    /// </summary>
    public static string? ContainerRefusal(ReadOnlySpan<byte> bytes)
    {
        if (ImageKind(bytes) is { } image) return $"an image ({image}), not a document: put scans into a PDF";
        return null;
    }

    private static string? ImageKind(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? "PNG"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "JPEG"
        : bytes.StartsWith("GIF8"u8) ? "GIF"
        : bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8) ? "TIFF"
        : null;

    /// <summary>What decoded text is: an HTML page, JSON (refused: it is output, not a source), or a text dump.</summary>
    public static string OfText(ReadOnlySpan<char> text)
    {
        var start = text.TrimStart();
        if (start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)) return Html;
        if (start is ['{', ..] or ['[', ..]) return "json";
        return Text;
    }
}
