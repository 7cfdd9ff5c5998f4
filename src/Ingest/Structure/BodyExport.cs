using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// The act's running text in reading order, and the publisher's notes apart from it: those the
/// markup marks (an HTML page's note class, a Word footnote) and those a paragraph's own words open
/// (<see cref="PublisherNote"/>: in a PDF or a text dump nothing else tells them).
/// </summary>
public static class BodyExport
{
    public static IReadOnlyList<BodyText> Body(IEnumerable<Block> blocks) => blocks.Select(block => block switch
    {
        HeadingBlock heading => new BodyText(BodyText.Heading, heading.Text, heading.Location),
        ParagraphBlock paragraph when !PublisherNote.Is(paragraph.Text) => new BodyText(BodyText.Paragraph, paragraph.Text, paragraph.Location),
        _ => null,
    }).OfType<BodyText>().ToList();

    public static IReadOnlyList<Note> Notes(IEnumerable<Block> blocks) => blocks.Select(block => block switch
    {
        NoteBlock note => new Note(note.Text, note.Location),
        ParagraphBlock paragraph when PublisherNote.Is(paragraph.Text) => new Note(paragraph.Text, paragraph.Location),
        _ => null,
    }).OfType<Note>().ToList();
}
