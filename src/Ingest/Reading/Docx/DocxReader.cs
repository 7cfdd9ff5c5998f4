using System.Text;
using DecreeParser.Model;
using DecreeParser.Model.Blocks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace DecreeParser.Ingest.Reading.Docx;

/// <summary>
/// Reads a Word document: paragraphs (heading styles become headings; list numbers Word draws are
/// put back in front of the text), tables (column spans, vertical merges, header rows that repeat on
/// each page), text in content controls and text boxes, and footnotes as notes. Tracked changes read
/// as accepted: inserted text counts, deleted and moved-away text does not.
/// </summary>
public static class DocxReader
{
    public static IReadOnlyList<Block> Read(byte[] bytes, string displayPath)
    {
        var (refusal, kind) = ZipGuard.Inspect(bytes);
        if (refusal is not null) throw new DecreeInputException(displayPath, refusal);
        if (kind != ZipKind.WordDocument) throw new DecreeInputException(displayPath, ZipGuard.NotADocument);
        using var document = Open(bytes, displayPath);
        var main = document.MainDocumentPart!;
        try
        {
            var walker = new Walker(new DocxNumbering(main.NumberingDefinitionsPart), HeadingStyles(main.StyleDefinitionsPart));
            walker.Walk(main.Document!.Body!);
            foreach (var footnote in main.FootnotesPart?.Footnotes?.Elements<Footnote>() ?? [])
            {
                // Ids 0 and -1 are the separator lines Word keeps among the footnotes.
                if (footnote.Type.Valid() is { } type && type != FootnoteEndnoteValues.Normal) continue;
                walker.AddNote(Walker.Text(footnote), footnote.Id.Valid());
            }
            return walker.Blocks;
        }
        catch (InputLimitException e)
        {
            throw new DecreeInputException(displayPath, e.Message);
        }
    }

    /// <summary>
    /// Opens the package and parses every part the reading walks, so that whatever the packaging and
    /// XML code has to say of damaged bytes is said here, as the file's refusal: a broken package
    /// (FileFormatException, a relationship to a part that is not there), XML cut short. What goes
    /// wrong after this is ours, and is reported as such.
    /// </summary>
    private static WordprocessingDocument Open(byte[] bytes, string displayPath)
    {
        WordprocessingDocument? document = null;
        try
        {
            if (ZipGuard.DeepestXml(bytes) is var depth && depth > ReaderLimits.XmlDepth)
            {
                throw new DecreeInputException(displayPath, $"DOCX whose XML nests {depth} deep (the limit is {ReaderLimits.XmlDepth}); not read");
            }
            document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false, new OpenSettings { MaxCharactersInPart = ReaderLimits.DocxPartCharacters });
            var main = document.MainDocumentPart ?? throw new DecreeInputException(displayPath, "DOCX without a main document part");
            var body = main.Document?.Body ?? throw new DecreeInputException(displayPath, "DOCX without a body");
            // Elements parse their children when first asked: ask now.
            foreach (var root in new OpenXmlElement?[] { body, main.FootnotesPart?.Footnotes, main.StyleDefinitionsPart?.Styles, main.NumberingDefinitionsPart?.Numbering })
            {
                _ = root?.Descendants().Count();
            }
            return document;
        }
        catch (Exception e) when (e is not DecreeInputException and not OutOfMemoryException)
        {
            document?.Dispose();
            throw new DecreeInputException(displayPath, $"not a readable DOCX ({e.GetType().Name}: {e.Message})");
        }
        catch
        {
            document?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// An on/off property: present without a value means on. Word writes "on"/"off", LibreOffice
    /// "true"/"false", and "1"/"0" is valid too; OpenXml's own enum accepts only some of them.
    /// </summary>
    private static bool IsOn(string? value) => value is null or "" or "on" or "true" or "1";

    /// <summary>Style id → heading level, from the styles' outline levels or their names ("heading 2", "Title").</summary>
    private static Dictionary<string, int> HeadingStyles(StyleDefinitionsPart? styles)
    {
        var levels = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var style in styles?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is not { } id) continue;
            var name = style.StyleName?.Val?.Value?.ToLowerInvariant() ?? "";
            if (style.StyleParagraphProperties?.OutlineLevel?.Val.Valid() is { } outline && outline < 9) levels[id] = outline + 1;
            else if (name.StartsWith("heading ", StringComparison.Ordinal) && int.TryParse(name[8..], out var level)) levels[id] = level;
            else if (name == "title") levels[id] = 1;
        }
        return levels;
    }

    private sealed class Walker(DocxNumbering numbering, Dictionary<string, int> headingStyles)
    {
        private int _paragraphs;
        private int _tables;

        public List<Block> Blocks { get; } = [];

        public void Walk(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph paragraph:
                        AddParagraph(paragraph);
                        foreach (var box in TextBoxes(paragraph)) Walk(box);
                        break;
                    case WordTable table:
                        AddTable(table);
                        break;
                    case SdtBlock or SdtContentBlock or CustomXmlBlock or InsertedRun:
                        Walk(child);
                        break;
                }
            }
        }

        public void AddNote(string text, long? id)
        {
            if (text.Length > 0) Blocks.Add(new NoteBlock(text, new SourceLocation { Anchor = $"footnote {id}" }));
        }

        private void AddParagraph(Paragraph paragraph)
        {
            _paragraphs++;
            var label = numbering.Label(paragraph);
            var text = Text(paragraph);
            if (label.Length > 0) text = text.Length > 0 ? $"{label} {text}" : label;
            if (text.Length == 0) return;
            var location = new SourceLocation { Anchor = $"p{_paragraphs}" };
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            var outline = paragraph.ParagraphProperties?.OutlineLevel?.Val.Valid();
            int? level = outline is < 9 ? outline + 1 : style is not null && headingStyles.TryGetValue(style, out var styled) ? styled : null;
            Blocks.Add(level is { } heading ? new HeadingBlock(text, heading, location) : new ParagraphBlock(text, location));
        }

        private void AddTable(WordTable table)
        {
            _tables++;
            var rows = new List<List<Model.Blocks.TableCell>>();
            var locations = new List<(SourceLocation Location, bool Header)>();
            var mergeOrigins = new Dictionary<int, (int Row, int Column)>();
            var cellCount = 0;
            foreach (var row in RowsOf(table))
            {
                var cells = new List<Model.Blocks.TableCell>();
                foreach (var cell in CellsOf(row))
                {
                    // gridSpan="999999" must not lay a million cells: spans are clamped as a browser clamps colspan.
                    var span = Math.Clamp(cell.TableCellProperties?.GridSpan?.Val.Valid() ?? 1, 1, ReaderLimits.Span);
                    var merge = cell.TableCellProperties?.VerticalMerge;
                    var column = cells.Count;
                    if (merge is not null && (merge.Val.Valid() is null || merge.Val.Valid() == MergedCellValues.Continue) && mergeOrigins.TryGetValue(column, out var origin))
                    {
                        var first = rows[origin.Row][origin.Column];
                        rows[origin.Row][origin.Column] = first with { RowSpan = first.RowSpan + 1 };
                        cells.Add(new Model.Blocks.TableCell(first.Text, Covered: true));
                    }
                    else
                    {
                        if (merge?.Val.Valid() == MergedCellValues.Restart) mergeOrigins[column] = (rows.Count, column);
                        else mergeOrigins.Remove(column);
                        cells.Add(new Model.Blocks.TableCell(Text(cell), ColumnSpan: Math.Max(1, span)));
                    }
                    for (var extra = 1; extra < span; extra++) cells.Add(new Model.Blocks.TableCell("", Covered: true));
                }
                rows.Add(cells);
                cellCount += cells.Count;
                if (cellCount > ReaderLimits.TableCells) throw new InputLimitException($"a table of more than {ReaderLimits.TableCells} cells");
                var header = row.TableRowProperties?.GetFirstChild<TableHeader>() is { } repeat && IsOn(repeat.Val?.InnerText);
                locations.Add((new SourceLocation { Table = _tables, Row = rows.Count }, header));
            }
            if (rows.Count == 0) return;
            var tableRows = rows.Select((cells, i) => new Model.Blocks.TableRow(cells, locations[i].Location) { IsHeader = locations[i].Header }).ToList();
            Blocks.Add(new TableBlock(tableRows, new SourceLocation { Table = _tables }));
        }

        private static IEnumerable<WordTableRow> RowsOf(OpenXmlElement table) => table.ChildElements.SelectMany(child => child switch
        {
            WordTableRow row => [row],
            SdtRow or SdtContentRow or CustomXmlRow => RowsOf(child),
            _ => [],
        });

        private static IEnumerable<WordTableCell> CellsOf(OpenXmlElement row) => row.ChildElements.SelectMany(child => child switch
        {
            WordTableCell cell => [cell],
            SdtCell or SdtContentCell or CustomXmlCell => CellsOf(child),
            _ => [],
        });

        /// <summary>The text boxes anchored in a paragraph, once each (a drawing's fallback copy is skipped).</summary>
        private static IEnumerable<TextBoxContent> TextBoxes(Paragraph paragraph) =>
            paragraph.Descendants<TextBoxContent>().Where(box => !box.Ancestors<DocumentFormat.OpenXml.AlternateContentFallback>().Any());

        /// <summary>
        /// The visible text of an element as accepted: w:t, tabs and breaks as spaces, paragraphs apart;
        /// deleted and moved-away text, field codes and text boxes (read on their own) left out.
        /// </summary>
        public static string Text(OpenXmlElement element)
        {
            var text = new StringBuilder();
            Append(element, text);
            // Spaces inside stay as the document has them: the repair stage reads and logs them.
            return text.ToString().Trim();
        }

        private static void Append(OpenXmlElement element, StringBuilder text)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar or Break or CarriageReturn:
                        text.Append(' ');
                        break;
                    case DeletedText or DeletedRun or MoveFromRun or FieldCode or TextBoxContent or Drawing or Picture or FootnoteReference:
                        break;
                    case Paragraph:
                        Append(child, text);
                        text.Append(' ');
                        break;
                    default:
                        Append(child, text);
                        break;
                }
            }
        }
    }
}
