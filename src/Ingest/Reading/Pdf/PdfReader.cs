using DecreeParser.Model.Blocks;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace DecreeParser.Ingest.Reading.Pdf;

/// <summary>
/// Reads a PDF: the text layer of each page through PdfPig, laid out by <see cref="PdfLayout"/>.
/// An encrypted or damaged file is refused by name with the reason.
/// </summary>
public static class PdfReader
{
    public static IReadOnlyList<Block> Read(byte[] bytes, string displayPath)
    {
        List<PageContent> pages;
        try
        {
            using var document = PdfDocument.Open(bytes);
            pages = document.GetPages().Select(PdfTextLayer.Read).ToList();
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DecreeInputException(displayPath, "encrypted PDF: open it with its password and save an unprotected copy");
        }
        catch (Exception e) when (e is not DecreeInputException and not OutOfMemoryException)
        {
            throw new DecreeInputException(displayPath, $"damaged or truncated PDF ({e.Message})");
        }
        if (pages.Count == 0) throw new DecreeInputException(displayPath, "PDF without pages");
        if (pages.All(page => page.Words.Count == 0))
        {
            throw new DecreeInputException(displayPath, "scanned PDF (no text layer): OCR is not supported yet");
        }
        return PdfLayout.Assemble(pages);
    }
}
