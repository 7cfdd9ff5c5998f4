using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DecreeParser.Search.Analysis;

/// <summary>A token as an analyzer leaves it: its term, its step from the previous position, and its span in the original text.</summary>
public sealed record AnalyzedToken(string Term, int PositionIncrement, int Start, int End);

/// <summary>Runs an analyzer over a text: what the index stores, what a query looks for, where a snippet's highlights go.</summary>
public static class AnalyzedText
{
    public static List<AnalyzedToken> Tokens(Analyzer analyzer, string field, string text) => [.. Stream(analyzer, field, text)];

    /// <summary>The tokens one at a time, for a reader that may stop early: a decree's whole text is long, and a snippet needs only its start.</summary>
    public static IEnumerable<AnalyzedToken> Stream(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) yield return new AnalyzedToken(term.ToString(), position.PositionIncrement, offset.StartOffset, offset.EndOffset);
        stream.End();
    }
}
