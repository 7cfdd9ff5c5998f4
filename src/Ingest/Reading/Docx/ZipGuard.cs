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

    public const string NotADocument = "zip archive, not a Word or OpenDocument text (no word/document.xml, no text mimetype)";

    /// <summary>
    /// How deep the XML of a Word file's parts nests, read with a streaming reader before the
    /// OpenXml SDK builds its element tree (by recursion, as our own reading of it does).
    /// </summary>
    public static int DeepestXml(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var deepest = 0;
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = System.Xml.XmlReader.Create(entry.Open(), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null });
            while (reader.Read())
            {
                deepest = Math.Max(deepest, reader.Depth);
                if (deepest > ReaderLimits.XmlDepth) return deepest;
            }
        }
        return deepest;
    }

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
                if (expanded > ReaderLimits.ZipExpandedBytes || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > ReaderLimits.ZipRatio))
                {
                    return ($"zip archive that would expand to over {ReaderLimits.ZipExpandedBytes / (1024 * 1024)} MB or {ReaderLimits.ZipRatio} times its size (a zip bomb?); not unpacked", ZipKind.Other);
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
