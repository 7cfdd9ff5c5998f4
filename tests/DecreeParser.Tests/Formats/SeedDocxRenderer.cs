using DecreeParser.Model.Blocks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace DecreeParser.Tests.Formats;

/// <summary>
/// Renders the seed as a ministry's Word file: A4 landscape, headings in heading styles, the roadmap
/// as one table whose section rows are cells merged across it, and whose header and column-number
/// rows repeat on every page (so its PDF carries them on each page, as real ones do).
/// </summary>
public static class SeedDocxRenderer
{
    // Column widths in fiftieths of a percent: №, measure, completion form, deadline, responsible, financing.
    private static readonly int[] ColumnWidths = [300, 1700, 700, 600, 900, 800];

    public static byte[] Render(IReadOnlyList<Block> blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            foreach (var block in blocks)
            {
                body.Append(block switch
                {
                    HeadingBlock heading => Paragraph(heading.Text, $"Heading{heading.Level}"),
                    ParagraphBlock paragraph => Paragraph(paragraph.Text, null),
                    TableBlock table => Table(table),
                    _ => throw new InvalidOperationException($"no rendering for {block.GetType().Name}"),
                });
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 850, Bottom = 850, Left = 850, Right = 850, Header = 400, Footer = 400, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static WordTable Table(TableBlock block)
    {
        var table = new WordTable(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(ColumnWidths.Select(width => new GridColumn { Width = (width * 15).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        for (var r = 0; r < block.Rows.Count; r++)
        {
            var row = new WordTableRow();
            // The header and the row numbering the columns repeat at the top of every page.
            if (r < 2) row.Append(new TableRowProperties(new TableHeader()));
            foreach (var cell in block.Rows[r].Cells.Where(cell => !cell.Covered))
            {
                var properties = new TableCellProperties();
                if (cell.ColumnSpan > 1) properties.Append(new GridSpan { Val = cell.ColumnSpan });
                row.Append(new WordTableCell(properties, Paragraph(cell.Text, null)));
            }
            table.Append(row);
        }
        return table;
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
