using System.Text;

namespace DecreeParser.Ingest.Reading;

/// <summary>
/// Keeps HTML no deeper than <see cref="ReaderLimits.HtmlDepth"/> elements before it is parsed, as
/// browsers do: an element that would open deeper is left out with its end tag, its text and
/// children read at the deepest level allowed. The HTML parser's time grows with the square of the
/// depth (200 000 nested divs take minutes), so the depth is measured by a scan of the tags first,
/// which takes linear time, and only a page past the limit is rewritten.
/// </summary>
public static class HtmlDepthGuard
{
    // Elements that never have an end tag, and those whose end tag a new one of their kind implies.
    private static readonly HashSet<string> Void =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

    private static readonly HashSet<string> SelfClosing = ["p", "li", "td", "th", "tr", "option", "dt", "dd"];

    /// <summary>The page, flattened below the limit when it nests deeper; and how many elements were left out.</summary>
    public static (string Html, int Flattened) Apply(string html, int limit = ReaderLimits.HtmlDepth)
    {
        if (Scan(html, limit, output: null) == 0) return (html, 0);
        var output = new StringBuilder(html.Length);
        var flattened = Scan(html, limit, output);
        return (output.ToString(), flattened);
    }

    /// <summary>Walks the tags with a stack of open elements; writes the page without the too-deep tags when given somewhere to.</summary>
    private static int Scan(string html, int limit, StringBuilder? output)
    {
        var open = new List<(string Name, bool Kept)>();
        var tags = new Tags();
        var depth = 0;
        var dropped = 0;
        var copied = 0;
        for (var at = html.IndexOf('<', StringComparison.Ordinal); at >= 0 && at < html.Length; at = html.IndexOf('<', at + 1))
        {
            if (tags.Next(html, at) is not { } tag) continue;
            var keep = true;
            if (tag.IsEnd)
            {
                var index = LastOpen(open, tag.Name);
                if (index >= 0)
                {
                    keep = open[index].Kept;
                    for (var i = index; i < open.Count; i++) depth -= open[i].Kept ? 1 : 0;
                    open.RemoveRange(index, open.Count - index);
                }
            }
            else if (!Void.Contains(tag.Name) && !tag.SelfClosed)
            {
                if (SelfClosing.Contains(tag.Name) && open.Count > 0 && open[^1].Name == tag.Name)
                {
                    if (open[^1].Kept) depth--;
                    open.RemoveAt(open.Count - 1);
                }
                keep = depth < limit;
                if (keep) depth++;
                open.Add((tag.Name, keep));
            }
            if (!keep)
            {
                dropped++;
                output?.Append(html, copied, at - copied);
                copied = tag.End;
            }
            at = tag.End - 1;
        }
        output?.Append(html, copied, html.Length - copied);
        return dropped;
    }

    /// <summary>Where the innermost open element of that name stands, or -1: a loop, as a lambda here was made for every tag of the page.</summary>
    private static int LastOpen(List<(string Name, bool Kept)> open, string name)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (open[i].Name == name) return i;
        }
        return -1;
    }

    /// <summary>A tag as the scan reads it: its name (lower case), whether it ends an element or closes itself, and where it ends.</summary>
    private readonly record struct Tag(string Name, bool IsEnd, bool SelfClosed, int End);

    /// <summary>Reads tags by hand, in linear time: comments, doctype and the bodies of script and style are passed over whole.</summary>
    private sealed class Tags
    {
        // Each tag name, lower case, made once per page: a page has thousands of tags and a few dozen names.
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _names =
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        public Tag? Next(string html, int at)
        {
            if (At(html, at, "<!--")) return Skip(html, html.IndexOf("-->", at + 4, StringComparison.Ordinal), 3);
            if (At(html, at, "<!") || At(html, at, "<?")) return Skip(html, html.IndexOf('>', at), 1);
            var isEnd = at + 1 < html.Length && html[at + 1] == '/';
            var start = at + (isEnd ? 2 : 1);
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is ':' or '-')) end++;
            if (end == start || !char.IsAsciiLetter(html[start])) return null;
            var name = Name(html.AsSpan(start, end - start));
            var close = CloseOf(html, end);
            var selfClosed = close > 0 && html[close - 1] == '/';
            var after = close < 0 ? html.Length : close + 1;
            if (!isEnd && name is "script" or "style")
            {
                // Their bodies are text, whatever "<" they hold: the scan goes on after their end tag.
                var body = html.IndexOf($"</{name}", after, StringComparison.OrdinalIgnoreCase);
                return new Tag("", false, true, body < 0 ? html.Length : body);
            }
            return new Tag(name, isEnd, selfClosed, after);
        }

        private string Name(ReadOnlySpan<char> written)
        {
            if (!_names.TryGetValue(written, out var name))
            {
                name = written.ToString().ToLowerInvariant();
                _names[written] = name;
            }
            return name;
        }

        /// <summary>Where the tag that opened before <paramref name="from"/> closes: its "&gt;" outside quoted attribute values.</summary>
        private static int CloseOf(string html, int from)
        {
            char? quote = null;
            for (var i = from; i < html.Length; i++)
            {
                if (quote is { } q) { if (html[i] == q) quote = null; }
                else if (html[i] is '"' or '\'') quote = html[i];
                else if (html[i] == '>') return i;
            }
            return -1;
        }

        private static Tag Skip(string html, int found, int length) => new("", false, true, found < 0 ? html.Length : found + length);

        private static bool At(string html, int at, string text) => string.CompareOrdinal(html, at, text, 0, text.Length) == 0;
    }
}
