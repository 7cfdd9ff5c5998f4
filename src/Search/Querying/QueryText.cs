namespace DecreeParser.Search.Querying;

/// <summary>
/// A user's query split into loose words and "quoted phrases". Nothing else in it is syntax: colons,
/// slashes ("қ/ж"), brackets, stars and a lone quote are text like any other.
/// </summary>
public sealed record QueryText(IReadOnlyList<string> Words, IReadOnlyList<string> Phrases)
{
    public static QueryText Parse(string query)
    {
        var words = new List<string>();
        var phrases = new List<string>();
        var rest = query;
        while (true)
        {
            var open = rest.IndexOf('"', StringComparison.Ordinal);
            var close = open < 0 ? -1 : rest.IndexOf('"', open + 1);
            if (close < 0) break;
            words.AddRange(Split(rest[..open]));
            if (rest[(open + 1)..close].Trim() is { Length: > 0 } phrase) phrases.Add(phrase);
            rest = rest[(close + 1)..];
        }
        words.AddRange(Split(rest.Replace('"', ' ')));
        return new QueryText(words, phrases);
    }

    private static string[] Split(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
