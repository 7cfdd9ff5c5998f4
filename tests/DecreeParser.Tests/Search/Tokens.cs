using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DecreeParser.Tests.Search;

/// <summary>What an analyzer makes of a text: terms with their position increments and offsets.</summary>
internal static class Tokens
{
    public static List<string> Terms(Analyzer analyzer, string text) => [.. Read(analyzer, text).Select(t => t.Term)];

    public static List<(string Term, int Increment, int Start, int End)> Read(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), position.PositionIncrement, offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }
}
