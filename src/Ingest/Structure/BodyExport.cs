using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure;

/// <summary>The act's running text in reading order, and the publisher's notes apart from it.</summary>
public static class BodyExport
{
    public static IReadOnlyList<BodyText> Body(IEnumerable<Block> blocks) => blocks.Select(block => block switch
    {
        HeadingBlock heading => new BodyText(BodyText.Heading, heading.Text, heading.Location),
        ParagraphBlock paragraph => new BodyText(BodyText.Paragraph, paragraph.Text, paragraph.Location),
        _ => null,
    }).OfType<BodyText>().ToList();

    public static IReadOnlyList<Note> Notes(IEnumerable<Block> blocks) =>
        blocks.OfType<NoteBlock>().Select(note => new Note(note.Text, note.Location)).ToList();
}
