namespace DecreeParser.Ingest.Reading;

/// <summary>
/// Every limit the readers hold an input to, in one place (the README's reliability section lists
/// them). Each bounds what a hostile or broken file can make us spend — time growing with the square
/// of a nesting depth, a span that would allocate a million cells, a zip bomb, a stack overflow in a
/// parser's recursion — at values no real decree comes near. A file past a limit is refused with the
/// limit named, except where a browser would read on: HTML nested deeper than
/// <see cref="HtmlDepth"/> is flattened, as browsers flatten it.
/// </summary>
public static class ReaderLimits
{
    /// <summary>The largest input file read, in bytes (a decree with its appendices is a few MB; a long scan tens).</summary>
    public const long InputBytes = 256L * 1024 * 1024;

    /// <summary>How deep HTML elements nest before deeper ones are read as siblings (Blink and WebKit cap the tree at 512).</summary>
    public const int HtmlDepth = 512;

    /// <summary>The most columns a cell may span (browsers clamp colspan at 1000) and rows (clamped here alike).</summary>
    public const int Span = 1000;

    /// <summary>The most grid positions one table may have, merged cells counted at every position they cover.</summary>
    public const int TableCells = 200_000;

    /// <summary>How deep the XML of a DOCX may nest (a paragraph in a table cell is about ten levels down; Word allows 63 levels of tables).</summary>
    public const int XmlDepth = 512;

    /// <summary>The largest part of a DOCX (its document.xml, a header…), in characters, as DocumentFormat.OpenXml counts them.</summary>
    public const long DocxPartCharacters = 64L * 1024 * 1024;

    /// <summary>A zip may expand to no more than this in all, nor any entry to more than <see cref="ZipRatio"/> times its compressed size.</summary>
    public const long ZipExpandedBytes = 256L * 1024 * 1024;

    public const long ZipRatio = 200;

    /// <summary>The most pages a PDF may have.</summary>
    public const int PdfPages = 2000;

    /// <summary>How deep a PDF's arrays and dictionaries may nest (a real page's stay under ten; PdfPig reads them by recursion).</summary>
    public const int PdfNesting = 64;

    /// <summary>The most ruling lines one PDF page may have for its tables to be rebuilt (each line is matched against every other).</summary>
    public const int PdfRulesPerPage = 10_000;
}
