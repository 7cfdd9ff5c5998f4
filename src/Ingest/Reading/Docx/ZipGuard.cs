using System.IO.Compression;

namespace DecreeParser.Ingest.Reading.Docx;

/// <summary>What a zip archive holds, as far as reading decrees goes.</summary>
public enum ZipKind { WordDocument, OpenDocumentText, Other }

/// <summary>
/// Looks into a zip before anything unpacks it: a damaged zip and a zip bomb (entries that expand
/// past a sane size or ratio) are refused; otherwise it tells a Word document from an OpenDocument
/// text from anything else.
/// </summary>
public static class ZipGuard
{
    private const long MaxExpandedBytes = 256L * 1024 * 1024;
    private const long MaxRatio = 200;

    public const string NotADocument = "zip archive, not a Word or OpenDocument text (no word/document.xml, no text mimetype)";

    /// <summary>Why the zip must not be unpacked (null when it may), and what it holds.</summary>
    public static (string? Refusal, ZipKind Kind) Inspect(byte[] bytes)
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
                    return ($"zip archive that would expand to over {MaxExpandedBytes / (1024 * 1024)} MB or {MaxRatio} times its size (a zip bomb?); not unpacked", ZipKind.Other);
                }
            }
            if (zip.GetEntry("word/document.xml") is not null) return (null, ZipKind.WordDocument);
            using var mimetype = zip.GetEntry("mimetype") is { Length: < 200 } type ? new StreamReader(type.Open()) : null;
            return (null, mimetype?.ReadToEnd().Trim() == "application/vnd.oasis.opendocument.text" ? ZipKind.OpenDocumentText : ZipKind.Other);
        }
        catch (InvalidDataException e)
        {
            return ($"damaged zip archive, not a readable document ({e.Message})", ZipKind.Other);
        }
    }
}
