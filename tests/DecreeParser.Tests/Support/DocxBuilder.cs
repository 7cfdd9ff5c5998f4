using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DecreeParser.Tests.Support;

/// <summary>Small Word documents for reader tests, written with the OpenXml SDK.</summary>
public static class DocxBuilder
{
    public static byte[] Build(Action<MainDocumentPart, Body> fill)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            fill(main, body);
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    public static Run Run(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Paragraph Paragraph(string text) => new(Run(text));

    public static TableCell Cell(string text, OpenXmlElement? property = null) =>
        property is null ? new TableCell(Paragraph(text)) : new TableCell(new TableCellProperties(property), Paragraph(text));

    /// <summary>A numbering part with one list: level 0 "1.", level 1 "1)".</summary>
    public static void AddDecimalList(MainDocumentPart main)
    {
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
            new AbstractNum(
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%2)" }) { LevelIndex = 1 })
            { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 7 });
    }

    public static Paragraph Numbered(string text, int level) => new(
        new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 7 })),
        Run(text));
}
