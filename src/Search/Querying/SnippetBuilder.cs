using DecreeParser.Search.Analysis;
using Lucene.Net.Analysis;

namespace DecreeParser.Search.Querying;

/// <summary>
/// The passage of a stored text that shows why it matched: the text is analyzed again and every token
/// that is one of the query's terms becomes a highlight, by its offsets in the original text.
/// </summary>
public sealed class SnippetBuilder(Analyzer analyzer, ISet<(string Field, string Term)> queryTerms)
{
    public const int Width = 240;

    /// <summary>
    /// The highlights of the text a snippet can show — those within <see cref="Width"/> of the first, as
    /// <see cref="Window"/> shows no others — or none when no query term is in it. The text is analysed no
    /// further than that: ten decrees' whole texts analysed for their snippets took 20 ms at a million measures.
    /// </summary>
    public IReadOnlyList<Highlight> Highlights(string field, string text)
    {
        var highlights = new List<Highlight>();
        foreach (var token in AnalyzedText.Stream(analyzer, field, text))
        {
            if (highlights.Count > 0 && token.Start >= highlights[0].Start + Width) break;
            if (!queryTerms.Contains((field, token.Term))) continue;
            var highlight = new Highlight(token.Start, token.End);
            // A compound and its parts: keep the widest, once.
            if (highlights.Count > 0 && highlights[^1].Start <= highlight.Start && highlight.End <= highlights[^1].End) continue;
            if (highlights.Count > 0 && highlight.Start <= highlights[^1].Start && highlights[^1].End <= highlight.End) highlights[^1] = highlight;
            else highlights.Add(highlight);
        }
        return highlights;
    }

    /// <summary>A window of at most <see cref="Width"/> characters around the first highlight, cut at spaces.</summary>
    public static (string Text, IReadOnlyList<Highlight> Highlights) Window(string text, IReadOnlyList<Highlight> highlights)
    {
        text = text.ReplaceLineEndings(" ");
        if (text.Length <= Width) return (text, highlights);
        var start = highlights.Count == 0 ? 0 : Math.Max(0, highlights[0].Start - (Width / 4));
        if (start > 0 && text.LastIndexOf(' ', start) is var space and > 0) start = space + 1;
        var end = Math.Min(text.Length, start + Width);
        if (end < text.Length && text.LastIndexOf(' ', end) is var last && last > start) end = last;
        var prefix = start > 0 ? "…" : "";
        var shifted = highlights.Where(h => h.Start >= start && h.End <= end)
            .Select(h => new Highlight(h.Start - start + prefix.Length, h.End - start + prefix.Length)).ToList();
        return (prefix + text[start..end] + (end < text.Length ? "…" : ""), shifted);
    }
}
