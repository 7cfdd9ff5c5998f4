using DecreeParser.Search.Analysis;
using Lucene.Net.Analysis;

namespace DecreeParser.Tests.Search;

/// <summary>What an analyzer makes of a text: terms with their position increments and offsets.</summary>
internal static class Tokens
{
    public static List<string> Terms(Analyzer analyzer, string text) => [.. Read(analyzer, text).Select(t => t.Term)];

    public static List<(string Term, int Increment, int Start, int End)> Read(Analyzer analyzer, string text) =>
        [.. AnalyzedText.Tokens(analyzer, "text", text).Select(t => (t.Term, t.PositionIncrement, t.Start, t.End))];
}
