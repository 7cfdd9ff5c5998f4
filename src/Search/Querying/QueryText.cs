namespace DecreeParser.Search.Querying;

/// <summary>
/// A user's query split into its loose text and "quoted phrases". Nothing else in it is syntax:
/// colons, slashes ("қ/ж"), brackets, stars and a lone quote are text like any other.
/// </summary>
public sealed record QueryText(string Loose, IReadOnlyList<string> Phrases)
{
    public static QueryText Parse(string query)
    {
        var loose = new List<string>();
        var phrases = new List<string>();
        var rest = query;
        while (true)
        {
            var open = rest.IndexOf('"', StringComparison.Ordinal);
            var close = open < 0 ? -1 : rest.IndexOf('"', open + 1);
            if (close < 0) break;
            loose.Add(rest[..open]);
            if (rest[(open + 1)..close].Trim() is { Length: > 0 } phrase) phrases.Add(phrase);
            rest = rest[(close + 1)..];
        }
        loose.Add(rest.Replace('"', ' '));
        return new QueryText(string.Join(' ', loose), phrases);
    }
}
