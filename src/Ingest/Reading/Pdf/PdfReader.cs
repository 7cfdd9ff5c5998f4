using DecreeParser.Model.Blocks;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace DecreeParser.Ingest.Reading.Pdf;

/// <summary>
/// Reads a PDF: the text layer of each page through PdfPig, and pages that are only an image through
/// OCR (<see cref="Ocr.ScannedPages"/>), all laid out by <see cref="PdfLayout"/>. An encrypted or
/// damaged file is refused by name with the reason; so is a scan when the OCR tools are missing.
/// </summary>
public static class PdfReader
{
    /// <returns>The blocks, and how many pages were read by OCR.</returns>
    public static (IReadOnlyList<Block> Blocks, int OcrPages) Read(byte[] bytes, string displayPath, CancellationToken cancel)
    {
        List<PageContent> pages;
        Dictionary<int, Ocr.ScanResolution> scanned;
        if (PdfNesting.Deepest(bytes) is var nesting && nesting > ReaderLimits.PdfNesting)
        {
            throw new DecreeInputException(displayPath, $"PDF objects nested {nesting} deep (the limit is {ReaderLimits.PdfNesting}); not read");
        }
        try
        {
            using var document = PdfDocument.Open(bytes);
            if (document.NumberOfPages > ReaderLimits.PdfPages)
            {
                throw new DecreeInputException(displayPath, $"PDF of {document.NumberOfPages} pages (the limit is {ReaderLimits.PdfPages}); split it");
            }
            // PdfPig parses a page each time it is asked for: each is taken once, its text and whether it is a scan.
            (pages, scanned) = ([], []);
            foreach (var page in document.GetPages())
            {
                cancel.ThrowIfCancellationRequested();
                pages.Add(PdfTextLayer.Read(page));
                // A page with images and no text is a scan: it is read by OCR.
                if (page.Letters.Count == 0 && page.NumberOfImages > 0 && Ocr.ScanResolution.Of(page) is { } resolution) scanned[page.Number] = resolution;
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DecreeInputException(displayPath, "encrypted PDF: open it with its password and save an unprotected copy");
        }
        catch (InputLimitException e)
        {
            throw new DecreeInputException(displayPath, e.Message);
        }
        catch (Exception e) when (e is not DecreeInputException and not OutOfMemoryException and not OperationCanceledException)
        {
            throw new DecreeInputException(displayPath, $"damaged or truncated PDF ({e.Message})");
        }
        if (pages.Count == 0) throw new DecreeInputException(displayPath, "PDF without pages");
        if (scanned.Count > 0) pages = ReadScans(bytes, pages, scanned, displayPath, cancel);
        if (pages.All(page => page.Words.Count == 0)) throw new DecreeInputException(displayPath, "PDF without any text, and no scanned page in it");
        return (PdfLayout.Assemble(pages), scanned.Count);
    }

    private static List<PageContent> ReadScans(byte[] bytes, List<PageContent> pages, Dictionary<int, Ocr.ScanResolution> scanned, string displayPath, CancellationToken cancel)
    {
        // The tools read files: the PDF goes to a private temporary copy.
        var copy = Path.Combine(Directory.CreateTempSubdirectory("decree-pdf-").FullName, "input.pdf");
        try
        {
            File.WriteAllBytes(copy, bytes);
            var read = new Ocr.ConcurrentPages([.. scanned.Keys], number => Ocr.ScannedPages.Read(copy, number, scanned[number], cancel), cancel).Read();
            return pages.Select(page => read.TryGetValue(page.Number, out var ocr) ? ocr : page).ToList();
        }
        catch (Ocr.ToolException e)
        {
            throw new DecreeInputException(displayPath, $"scanned PDF: {e.Message}");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
        }
    }
}
