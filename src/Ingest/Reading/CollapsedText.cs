using System.Text;

namespace DecreeParser.Ingest.Reading;

/// <summary>
/// Text written piece by piece with each run of HTML whitespace made one space, as a browser shows
/// it, and trimmed when taken: one pass over the pieces, where a regular expression's replace over
/// their concatenation made two more strings of every table cell.
/// </summary>
internal sealed class CollapsedText
{
    private readonly StringBuilder _text = new();
    private bool _space;

    public void Append(string piece)
    {
        foreach (var c in piece)
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '\f')
            {
                _space = true;
                continue;
            }
            if (_space && _text.Length > 0) _text.Append(' ');
            _space = false;
            _text.Append(c);
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
