using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace DecreeParser.Tests.Formats;

/// <summary>
/// Renders a decree as a ministry's Word file: A4 landscape, headings in heading styles, each table
/// with its header rows repeating on every page (so its PDF carries them on each page, as real ones
/// do), cells merged across as gridSpan and down as vMerge, bold cells in bold runs. In a
/// paragraph's text "\n" is a line break and "\t" a tab to a right tab stop at the margin, as a
/// signature is set: the position's lines, then the name flush right.
/// </summary>
public static class DocxFixtureRenderer
{
    public static byte[] Render(FixtureDocument document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            foreach (var part in new FixturePart[] { new FixtureHeading(document.Title, 2), new FixtureParagraph(document.ActLine) }.Concat(document.Body))
            {
                body.Append(part switch
                {
                    FixtureHeading heading => Paragraph(heading.Text, $"Heading{heading.Level}", bold: false),
                    FixtureParagraph paragraph => Paragraph(paragraph.Text, null, bold: false),
                    FixtureTable table => Table(table),
                    _ => throw new InvalidOperationException($"no rendering for {part.GetType().Name}"),
                });
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 850, Bottom = 850, Left = 850, Right = 850, Header = 400, Footer = 400, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    // The text's width on an A4 landscape page with the margins below, in twentieths of a point.
    private const int TextWidth = 16838 - 2 * 850;

    private static Paragraph Paragraph(string text, string? style, bool bold)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        else if (text.Contains('\t', StringComparison.Ordinal)) paragraph.Append(new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth })));
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold()));
        var lines = text.Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            if (line > 0) run.Append(new Break());
            var pieces = lines[line].Split('\t');
            for (var piece = 0; piece < pieces.Length; piece++)
            {
                if (piece > 0) run.Append(new TabChar());
                run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(pieces[piece]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }
        paragraph.Append(run);
        return paragraph;
    }

    private static WordTable Table(FixtureTable block)
    {
        var table = new WordTable(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(block.Widths.Select(width => new GridColumn { Width = (width * 15).ToString(CultureInfo.InvariantCulture) })));
        // Grid column → (columns spanned, rows still to cover) of a cell merged down from above.
        var below = new Dictionary<int, (int Columns, int Rows)>();
        for (var r = 0; r < block.Rows.Count; r++)
        {
            var row = new WordTableRow();
            if (r < block.HeaderRows) row.Append(new TableRowProperties(new TableHeader()));
            var declared = new Queue<FixtureCell>(block.Rows[r]);
            for (var column = 0; column < block.Widths.Count;)
            {
                if (below.TryGetValue(column, out var merged))
                {
                    // Word writes each row a merged-down cell covers as a cell that continues it.
                    row.Append(Cell(new FixtureCell(""), merged.Columns, new VerticalMerge()));
                    if (merged.Rows == 1) below.Remove(column);
                    else below[column] = (merged.Columns, merged.Rows - 1);
                    column += merged.Columns;
                    continue;
                }
                if (!declared.TryDequeue(out var cell)) break;
                if (cell.RowSpan > 1) below[column] = (cell.ColumnSpan, cell.RowSpan - 1);
                row.Append(Cell(cell, cell.ColumnSpan, cell.RowSpan > 1 ? new VerticalMerge { Val = MergedCellValues.Restart } : null));
                column += cell.ColumnSpan;
            }
            table.Append(row);
        }
        return table;
    }

    private static WordTableCell Cell(FixtureCell cell, int columns, VerticalMerge? merge)
    {
        var properties = new TableCellProperties();
        if (columns > 1) properties.Append(new GridSpan { Val = columns });
        if (merge is not null) properties.Append(merge);
        return new WordTableCell(properties, Paragraph(cell.Text, null, cell.Bold));
    }

    private static Styles Styles()
    {
        var styles = new Styles(new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = "Liberation Serif", HighAnsi = "Liberation Serif", ComplexScript = "Liberation Serif" },
            new FontSize { Val = "20" }))));
        // Space after each paragraph, as decrees are set: a paragraph's end shows in the page's geometry.
        styles.Append(new Style(new StyleName { Val = "Normal" }, new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }))
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        for (var level = 1; level <= 6; level++)
        {
            styles.Append(new Style(
                new StyleName { Val = $"heading {level}" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new OutlineLevel { Val = level - 1 }, new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(new Bold()))
            { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" });
        }
        return styles;
    }
}
