using System.Security.Cryptography;
using DecreeParser.Ingest.Repair;
using DecreeParser.Model;
using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Reading;

/// <summary>
/// Reads any input file into blocks, choosing the reader by what the bytes are, not by the file's
/// extension. Input that no reader takes is refused with the file and the reason.
/// </summary>
public static class DocumentReader
{
    public static BlockDocument Read(string path, string displayPath) => Read(ReadBytes(path, displayPath), displayPath);

    /// <summary>A file's bytes, or the reason they cannot be had, by the name the user gave.</summary>
    public static byte[] ReadBytes(string path, string displayPath)
    {
        try
        {
            if (new FileInfo(path) is { Exists: true, Length: > ReaderLimits.InputBytes } large)
            {
                throw new DecreeInputException(displayPath, $"{large.Length / (1024 * 1024)} MB, larger than the {ReaderLimits.InputBytes / (1024 * 1024)} MB a decree file may be");
            }
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DecreeInputException(displayPath, "file not found");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DecreeInputException(displayPath, $"cannot be read ({e.Message})");
        }
    }

    /// <param name="bytes">The file's bytes.</param>
    /// <param name="displayPath">How the file is named in the output and in errors.</param>
    /// <param name="cancel">Abandons the reading: the OCR and LibreOffice processes it runs are killed.</param>
    public static BlockDocument Read(byte[] bytes, string displayPath, CancellationToken cancel = default)
    {
        try
        {
            return ReadChecked(bytes, displayPath, cancel);
        }
        catch (InputLimitException e)
        {
            throw new DecreeInputException(displayPath, e.Message);
        }
    }

    private static BlockDocument ReadChecked(byte[] bytes, string displayPath, CancellationToken cancel)
    {
        if (bytes.Length == 0) throw new DecreeInputException(displayPath, "file is empty");
        if (SourceFormat.ContainerRefusal(bytes) is { } refusal) throw new DecreeInputException(displayPath, refusal);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (SourceFormat.IsPdf(bytes))
        {
            var (read, ocrPages) = Pdf.PdfReader.Read(bytes, displayPath, cancel);
            var (blocks, status) = Pdf.PublisherStatus.Take(read);
            return new BlockDocument(blocks, new DocumentSource(displayPath, SourceFormat.Pdf, sha256) { OcrPages = ocrPages }) { Status = status };
        }
        if (SourceFormat.Legacy(bytes) is { } legacy)
        {
            return new BlockDocument(Docx.DocxReader.Read(Legacy.LegacyConverter.ToDocx(bytes, legacy, displayPath, cancel), displayPath), new DocumentSource(displayPath, legacy, sha256));
        }
        if (SourceFormat.IsZip(bytes) && Docx.ZipGuard.Inspect(bytes) is (null, Docx.ZipKind.OpenDocumentText))
        {
            return new BlockDocument(Docx.DocxReader.Read(Legacy.LegacyConverter.ToDocx(bytes, "odt", displayPath, cancel), displayPath), new DocumentSource(displayPath, "odt", sha256));
        }
        if (SourceFormat.IsZip(bytes))
        {
            return new BlockDocument(Docx.DocxReader.Read(bytes, displayPath), new DocumentSource(displayPath, SourceFormat.Docx, sha256));
        }
        var decoded = TextDecoder.Decode(bytes) ?? throw new DecreeInputException(displayPath, "binary file, not a text document");
        var repairs = decoded.Invalid.Select(bad => new Model.Decrees.Repair(RepairKinds.InvalidByte, bad.Hex, "\uFFFD", new SourceLocation { Offset = bad.Offset })).ToList();
        switch (SourceFormat.OfText(decoded.Text))
        {
            case SourceFormat.Html:
                var (blocks, status) = HtmlReader.Read(decoded.Text, displayPath);
                return new BlockDocument(blocks, new DocumentSource(displayPath, SourceFormat.Html, sha256)) { Status = status, Repairs = repairs };
            case SourceFormat.Text:
                return new BlockDocument(PlainTextReader.Read(decoded.Text), new DocumentSource(displayPath, SourceFormat.Text, sha256)) { Repairs = repairs };
            default:
                throw new DecreeInputException(displayPath, "JSON, not a decree source (`decree show` reads the JSON that `decree convert` writes)");
        }
    }
}
