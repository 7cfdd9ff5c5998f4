using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DecreeParser.Search.Analysis;

/// <summary>A token as an analyzer leaves it: its term, its step from the previous position, and its span in the original text.</summary>
public sealed record AnalyzedToken(string Term, int PositionIncrement, int Start, int End);

/// <summary>Runs an analyzer over a text: what the index stores, what a query looks for, where a snippet's highlights go.</summary>
public static class AnalyzedText
{
    public static List<AnalyzedToken> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(new AnalyzedToken(term.ToString(), position.PositionIncrement, offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }
}
