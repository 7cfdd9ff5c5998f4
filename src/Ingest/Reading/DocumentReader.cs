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
    public static BlockDocument Read(string path, string displayPath)
    {
        using var bytes = FileBytes.Read(path, displayPath);
        return Read(bytes, displayPath);
    }

    /// <param name="bytes">The file's bytes, read by <see cref="FileBytes.Read"/>.</param>
    /// <param name="displayPath">How the file is named in the output and in errors.</param>
    /// <param name="cancel">Abandons the reading: the OCR and LibreOffice processes it runs are killed.</param>
    public static BlockDocument Read(FileBytes bytes, string displayPath, CancellationToken cancel = default) => Read(bytes.Segment, bytes.Sha256, displayPath, cancel);

    /// <param name="bytes">The file's bytes.</param>
    /// <param name="displayPath">How the file is named in the output and in errors.</param>
    /// <param name="cancel">Abandons the reading: the OCR and LibreOffice processes it runs are killed.</param>
    public static BlockDocument Read(byte[] bytes, string displayPath, CancellationToken cancel = default) =>
        Read(bytes, FileBytes.Sha256Of(bytes), displayPath, cancel);

    private static BlockDocument Read(ArraySegment<byte> bytes, string sha256, string displayPath, CancellationToken cancel)
    {
        try
        {
            return ReadChecked(bytes, sha256, displayPath, cancel);
        }
        catch (InputLimitException e)
        {
            throw new DecreeInputException(displayPath, e.Message);
        }
    }

    private static BlockDocument ReadChecked(ArraySegment<byte> bytes, string sha256, string displayPath, CancellationToken cancel)
    {
        if (bytes.Count == 0) throw new DecreeInputException(displayPath, "file is empty");
        if (SourceFormat.ContainerRefusal(bytes) is { } refusal) throw new DecreeInputException(displayPath, refusal);
        if (SourceFormat.IsPdf(bytes))
        {
            var (read, ocrPages) = Pdf.PdfReader.Read(Whole(bytes), displayPath, cancel);
            var (blocks, status) = Pdf.PublisherStatus.Take(read);
            return new BlockDocument(blocks, new DocumentSource(displayPath, SourceFormat.Pdf, sha256) { OcrPages = ocrPages }) { Status = status };
        }
        if (SourceFormat.Legacy(bytes) is { } legacy)
        {
            return new BlockDocument(Docx.DocxReader.Read(Legacy.LegacyConverter.ToDocx(Whole(bytes), legacy, displayPath, cancel), displayPath), new DocumentSource(displayPath, legacy, sha256));
        }
        if (SourceFormat.IsZip(bytes))
        {
            var zip = Whole(bytes);
            return Docx.ZipGuard.Inspect(zip) is (null, Docx.ZipKind.OpenDocumentText)
                ? new BlockDocument(Docx.DocxReader.Read(Legacy.LegacyConverter.ToDocx(zip, "odt", displayPath, cancel), displayPath), new DocumentSource(displayPath, "odt", sha256))
                : new BlockDocument(Docx.DocxReader.Read(zip, displayPath), new DocumentSource(displayPath, SourceFormat.Docx, sha256));
        }
        using var decoded = TextDecoder.Decode(bytes) ?? throw new DecreeInputException(displayPath, "binary file, not a text document");
        var repairs = decoded.Invalid.Select(bad => new Model.Decrees.Repair(RepairKinds.InvalidByte, bad.Hex, "\uFFFD", new SourceLocation { Offset = bad.Offset })).ToList();
        switch (SourceFormat.OfText(decoded.Chars.Span))
        {
            case SourceFormat.Html:
                var (blocks, status) = HtmlReader.Read(decoded.Chars, displayPath);
                return new BlockDocument(blocks, new DocumentSource(displayPath, SourceFormat.Html, sha256)) { Status = status, Repairs = repairs };
            case SourceFormat.Text:
                return new BlockDocument(PlainTextReader.Read(decoded.Text), new DocumentSource(displayPath, SourceFormat.Text, sha256)) { Repairs = repairs };
            default:
                throw new DecreeInputException(displayPath, "JSON, not a decree source (`decree show` reads the JSON that `decree convert` writes)");
        }
    }

    /// <summary>
    /// The bytes as an array of their own, for the libraries that read only arrays (PdfPig, the zip
    /// readers): the caller's array when it holds them alone, a copy of a pooled buffer's share.
    /// </summary>
    private static byte[] Whole(ArraySegment<byte> bytes) =>
        bytes is { Offset: 0, Array: { } array } && array.Length == bytes.Count ? array : bytes.ToArray();
}
