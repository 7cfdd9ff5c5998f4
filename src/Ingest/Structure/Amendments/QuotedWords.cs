using System.Text.RegularExpressions;

namespace DecreeParser.Ingest.Structure.Amendments;

/// <summary>
/// The words an instruction quotes, old and new. Russian quotes the old words before its verb and the
/// new after it ("слова "А" заменить словами "Б""); Kazakh quotes both before it, the old before the
/// first "деген" ("А" деген сөздер "Б" деген сөздермен ауыстырылсын").
/// </summary>
public static partial class QuotedWords
{
    public static (IReadOnlyList<string> Before, IReadOnlyList<string> After) AroundVerb(string line, int verbAt)
    {
        var quotes = Quote().Matches(line).ToList();
        if (quotes.All(q => q.Index < verbAt) && Deren().Match(line) is { Success: true } deren && quotes.Any(q => q.Index > deren.Index))
        {
            return ([.. quotes.Where(q => q.Index < deren.Index).Select(Words)], [.. quotes.Where(q => q.Index > deren.Index).Select(Words)]);
        }
        return ([.. quotes.Where(q => q.Index < verbAt).Select(Words)], [.. quotes.Where(q => q.Index > verbAt).Select(Words)]);
    }

    /// <summary>The line with its quoted words blanked: what names the unit, not what is put in it.</summary>
    public static string Unquoted(string line) => Quote().Replace(line, "\"\"");

    /// <summary>A quoted new wording over one or more paragraphs, its outer quotation marks and final ";" or "." taken off.</summary>
    public static string Wording(IEnumerable<string> paragraphs) => Outer().Replace(string.Join('\n', paragraphs), "${inner}");

    private static string Words(Match quote) => quote.Groups["words"].Value;

    [GeneratedRegex(@"[""“«](?<words>[^""“”«»]*)[""”»]")]
    private static partial Regex Quote();

    [GeneratedRegex(@"(?<=[""”»]\s*)деген\s", RegexOptions.IgnoreCase)]
    private static partial Regex Deren();

    [GeneratedRegex(@"^[""“«„](?<inner>[\s\S]*?)[""”»]\s*[;.,]?\s*$")]
    private static partial Regex Outer();
}
