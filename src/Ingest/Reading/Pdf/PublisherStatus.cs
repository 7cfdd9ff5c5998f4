using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Reading.Pdf;

/// <summary>
/// The act's status as adilet prints it under the title of a PDF ("Күшін жойған", "Обновленный"):
/// on the page it is a field of the site (the HTML reader takes it from there), in the PDF a line of
/// its own among the first. It is the act's status, not a paragraph of its text.
/// </summary>
public static class PublisherStatus
{
    private const int SearchedBlocks = 3;

    private static readonly string[] Statuses =
    [
        "Қолданыстағы", "Күшін жойған", "Жаңартылған", "Күшіне енбеген",
        "Действующий", "Утративший силу", "Обновленный", "Не вступивший в силу", "Не введен в действие",
    ];

    /// <summary>The blocks without the status line, and the status; the blocks as they are where none is found.</summary>
    public static (IReadOnlyList<Block> Blocks, string? Status) Take(IReadOnlyList<Block> blocks)
    {
        var index = blocks.Take(SearchedBlocks).ToList().FindIndex(block =>
            block is ParagraphBlock { Text: var text } && Statuses.Contains(text.Trim(), StringComparer.OrdinalIgnoreCase));
        if (index < 0) return (blocks, null);
        return ([.. blocks.Take(index), .. blocks.Skip(index + 1)], ((ParagraphBlock)blocks[index]).Text.Trim());
    }
}
