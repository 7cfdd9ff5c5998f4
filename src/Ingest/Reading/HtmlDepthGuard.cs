using System.Buffers;
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
    /// <summary>The page, flattened below the limit when it nests deeper; and how many elements were left out.</summary>
    public static (ReadOnlyMemory<char> Html, int Flattened) Apply(ReadOnlyMemory<char> html, int limit = ReaderLimits.HtmlDepth)
    {
        if (Scan(html, limit, output: null) == 0) return (html, 0);
        var output = new StringBuilder(html.Length);
        var flattened = Scan(html, limit, output);
        return (output.ToString().AsMemory(), flattened);
    }

    /// <summary>Walks the tags with a stack of open elements; writes the page without the too-deep tags when given somewhere to.</summary>
    private static int Scan(ReadOnlyMemory<char> page, int limit, StringBuilder? output)
    {
        var html = page.Span;
        var open = new List<(TagName Name, bool Kept)>();
        var tags = new Tags(html);
        var depth = 0;
        var dropped = 0;
        var copied = 0;
        for (var at = html.IndexOf('<'); at >= 0; at = Find(html, at + 1, "<"))
        {
            if (!tags.Next(at, out var tag)) continue;
            var keep = true;
            if (tag.IsEnd)
            {
                var index = LastOpen(open, tag.Name!);
                if (index >= 0)
                {
                    keep = open[index].Kept;
                    for (var i = index; i < open.Count; i++) depth -= open[i].Kept ? 1 : 0;
                    open.RemoveRange(index, open.Count - index);
                }
            }
            else if (tag.Name is { IsVoid: false } name && !tag.SelfClosed)
            {
                if (name.EndsItsLikeBefore && open.Count > 0 && ReferenceEquals(open[^1].Name, name))
                {
                    if (open[^1].Kept) depth--;
                    open.RemoveAt(open.Count - 1);
                }
                keep = depth < limit;
                if (keep) depth++;
                open.Add((name, keep));
            }
            if (!keep)
            {
                dropped++;
                output?.Append(html[copied..at]);
                copied = tag.End;
            }
            at = tag.End - 1;
        }
        output?.Append(html[copied..]);
        return dropped;
    }

    /// <summary>Where <paramref name="value"/> next stands from <paramref name="from"/> on, or -1.</summary>
    private static int Find(ReadOnlySpan<char> html, int from, ReadOnlySpan<char> value, StringComparison comparison = StringComparison.Ordinal)
    {
        if (from > html.Length) return -1;
        var found = html[from..].IndexOf(value, comparison);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>Where the innermost open element of that name stands, or -1.</summary>
    private static int LastOpen(List<(TagName Name, bool Kept)> open, TagName name)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(open[i].Name, name)) return i;
        }
        return -1;
    }

    /// <summary>
    /// A tag name as the scan knows it, one object a name a page, so that the stack compares names
    /// by reference: whether it never has an end tag ("br"), or a new one of its kind ends it ("p", "td").
    /// </summary>
    private sealed class TagName(bool isVoid, bool endsItsLikeBefore)
    {
        public bool IsVoid { get; } = isVoid;

        public bool EndsItsLikeBefore { get; } = endsItsLikeBefore;
    }

    /// <summary>A tag as the scan reads it: its name (none for a comment, doctype or script body), whether it ends an element or closes itself, and where it ends.</summary>
    private readonly record struct Tag(TagName? Name, bool IsEnd, bool SelfClosed, int End);

    /// <summary>Reads one page's tags by hand, in linear time: comments, doctype and the bodies of script and style are passed over whole.</summary>
    private ref struct Tags(ReadOnlySpan<char> html)
    {
        private readonly ReadOnlySpan<char> _html = html;

        private static readonly HashSet<string> Void =
            ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

        private static readonly HashSet<string> EndsItsLike = ["p", "li", "td", "th", "tr", "option", "dt", "dd"];

        // Where a tag's "&gt;" may be: the first of these, outside quoted attribute values.
        private static readonly SearchValues<char> CloseOrQuote = SearchValues.Create(">\"'");

        // The page's tag names, one object each however it is written ("P", "p"), looked up as written:
        // a page has thousands of tags and a few dozen spellings, and an ordinal look-up is the quick one.
        private readonly Dictionary<string, TagName>.AlternateLookup<ReadOnlySpan<char>> _written =
            new Dictionary<string, TagName>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        private readonly Dictionary<string, TagName> _lowerCase = new(StringComparer.Ordinal);

        /// <summary>Reads the tag opening at <paramref name="at"/>; false where "&lt;" opens none ("a &lt; b").</summary>
        public readonly bool Next(int at, out Tag tag)
        {
            var html = _html;
            tag = default;
            if (at + 1 >= html.Length) return false;
            switch (html[at + 1])
            {
                case '!' when html[at..].StartsWith("<!--"):
                    tag = Skip(Find(html, at + 4, "-->"), 3);
                    return true;
                case '!' or '?':
                    tag = Skip(Find(html, at, ">"), 1);
                    return true;
            }
            var isEnd = html[at + 1] == '/';
            var start = at + (isEnd ? 2 : 1);
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is ':' or '-')) end++;
            if (end == start || !char.IsAsciiLetter(html[start])) return false;
            var written = html[start..end];
            var close = CloseOf(html, end);
            var after = close < 0 ? html.Length : close + 1;
            if (!isEnd && (written.Equals("script", StringComparison.OrdinalIgnoreCase) || written.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                // Their bodies are text, whatever "<" they hold: the scan goes on after their end tag.
                var body = Find(html, after, string.Concat("</", written), StringComparison.OrdinalIgnoreCase);
                tag = new Tag(null, false, true, body < 0 ? html.Length : body);
                return true;
            }
            tag = new Tag(Name(written), isEnd, close > 0 && html[close - 1] == '/', after);
            return true;
        }

        private readonly TagName Name(ReadOnlySpan<char> written)
        {
            if (!_written.TryGetValue(written, out var name))
            {
                var lower = written.ToString().ToLowerInvariant();
                if (!_lowerCase.TryGetValue(lower, out name)) _lowerCase[lower] = name = new TagName(Void.Contains(lower), EndsItsLike.Contains(lower));
                _written[written] = name;
            }
            return name;
        }

        /// <summary>Where the tag that opened before <paramref name="from"/> closes: its "&gt;" outside quoted attribute values; -1 when it never does.</summary>
        private static int CloseOf(ReadOnlySpan<char> html, int from)
        {
            for (var i = from; i < html.Length;)
            {
                var found = html[i..].IndexOfAny(CloseOrQuote);
                if (found < 0) return -1;
                i += found;
                if (html[i] == '>') return i;
                var quoteEnd = Find(html, i + 1, html.Slice(i, 1));
                if (quoteEnd < 0) return -1;
                i = quoteEnd + 1;
            }
            return -1;
        }

        private readonly Tag Skip(int found, int length) => new(null, false, true, found < 0 ? _html.Length : found + length);
    }
}
