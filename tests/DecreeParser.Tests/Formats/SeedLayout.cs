using DecreeParser.Ingest.Reading;
using DecreeParser.Model.Blocks;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Formats;

/// <summary>
/// The seed as its source lays it out (blocks before any repair, damage and all), for the renderers
/// that put the same rows into other formats: the same physical rows, so the same JSON must come out.
/// </summary>
public static class SeedLayout
{
    public static IReadOnlyList<Block> Blocks => PlainTextReader.Read(Seed.Text);

    /// <summary>The title heading and the act line go to the page's head; the rest is its body.</summary>
    public static (HeadingBlock Title, ParagraphBlock ActLine, IReadOnlyList<Block> Body) Split(IReadOnlyList<Block> blocks)
    {
        var title = (HeadingBlock)blocks[0];
        var actLine = (ParagraphBlock)blocks[1];
        return (title, actLine, blocks.Skip(2).ToList());
    }
}
