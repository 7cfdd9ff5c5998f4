using System.Buffers;
using System.Text;

namespace DecreeParser.Ingest.Reading;

/// <summary>
/// Text written piece by piece with each run of HTML whitespace made one space, as a browser shows
/// it, and trimmed when taken: one pass over the pieces, where a regular expression's replace over
/// their concatenation made two more strings of every table cell.
/// </summary>
internal sealed class CollapsedText
{
    private static readonly SearchValues<char> HtmlWhitespace = SearchValues.Create(" \t\r\n\f");

    private readonly StringBuilder _text = new();
    private bool _space;

    public void Append(string piece)
    {
        // Run by run, not character by character: a page's text is words far longer than its gaps.
        var rest = piece.AsSpan();
        while (rest.Length > 0)
        {
            var gap = rest.IndexOfAny(HtmlWhitespace);
            var word = gap < 0 ? rest : rest[..gap];
            if (word.Length > 0)
            {
                if (_space && _text.Length > 0) _text.Append(' ');
                _space = false;
                _text.Append(word);
            }
            if (gap < 0) return;
            var after = rest[gap..].IndexOfAnyExcept(HtmlWhitespace);
            _space = true;
            rest = after < 0 ? [] : rest[(gap + after)..];
        }
    }

    /// <summary>A word gap (a line break, a block's edge): one space, if text follows.</summary>
    public void Space() => _space = true;

    /// <summary>The text so far, trimmed (of any Unicode space, as before); the writer starts again empty.</summary>
    public string Take()
    {
        var text = _text.ToString().Trim();
        _text.Clear();
        _space = false;
        return text;
    }
}
