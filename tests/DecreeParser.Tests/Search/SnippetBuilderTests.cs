using DecreeParser.Search.Analysis;
using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Search;

/// <summary>
/// A snippet reads a text no further than it can show: the highlights within the window's width of
/// the first, on the seed's whole text, where the word recurs far past it — and the window shown is
/// the one every highlight of the whole text gives.
/// </summary>
public class SnippetBuilderTests
{
    [Fact]
    public void A_long_text_is_read_only_as_far_as_its_window_and_shows_the_same_window()
    {
        var text = DecreeDocument.FullText(SearchCorpus.Decrees[0].Decree);
        var analyzer = SearchAnalysis.Shipped.Analyzer;
        var field = IndexFields.Body;
        var terms = AnalyzedText.Tokens(analyzer, field, "министрлігі").Select(t => (field, t.Term)).ToHashSet();
        var everywhere = AnalyzedText.Tokens(analyzer, field, text).Where(t => terms.Contains((field, t.Term))).Select(t => new Highlight(t.Start, t.End)).ToList();
        Assert.True(everywhere[^1].Start > everywhere[0].Start + 10 * SnippetBuilder.Width, "the word recurs far past the first window");

        var highlights = new SnippetBuilder(analyzer, terms).Highlights(field, text);

        Assert.Equal(everywhere[0], highlights[0]);
        Assert.Equal(everywhere.TakeWhile(h => h.Start < everywhere[0].Start + SnippetBuilder.Width), highlights);
        var (shown, shownHighlights) = SnippetBuilder.Window(text, highlights);
        var (whole, wholeHighlights) = SnippetBuilder.Window(text, everywhere);
        Assert.Equal(whole, shown);
        Assert.Equal(wholeHighlights, shownHighlights);
    }
}
