using System.IO.Compression;

namespace DecreeParser.Ingest.Reading.Docx;

/// <summary>
/// Looks into a zip before anything unpacks it: a file that is not a zip, a zip that is not a Word
/// document, and a zip bomb (entries that expand past a sane size or ratio) are refused by name.
/// </summary>
public static class ZipGuard
{
    private const long MaxExpandedBytes = 256L * 1024 * 1024;
    private const long MaxRatio = 200;

    /// <summary>Why the bytes cannot be read as a DOCX, or null when they can.</summary>
    public static string? Refusal(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            long expanded = 0;
            foreach (var entry in zip.Entries)
            {
                expanded += entry.Length;
                if (expanded > MaxExpandedBytes || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxRatio))
                {
                    return $"zip archive that would expand to over {MaxExpandedBytes / (1024 * 1024)} MB or {MaxRatio} times its size (a zip bomb?); not unpacked";
                }
            }
            if (zip.GetEntry("word/document.xml") is not null) return null;
            return zip.GetEntry("content.xml") is not null
                ? "OpenDocument text (.odt) is not supported yet"
                : "zip archive, not a Word document (no word/document.xml)";
        }
        catch (InvalidDataException e)
        {
            return $"damaged zip archive, not a readable DOCX ({e.Message})";
        }
    }
}
