using AngleSharp.Common;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace DecreeParser.Ingest.Reading.Html;

/// <summary>
/// Builds a page's elements straight from the HTML tokenizer, for markup that needs none of the
/// parser's repairs — tags closed in order, or left open only where HTML lets them be (a paragraph,
/// a list item, a cell, a row). adilet's pages are such markup, and their parse took most of a
/// conversion's time in building a browser's full document. Wherever the parser's tree
/// construction would do more than this builder knows (a tag closed across another, text astray in
/// a table, an unknown element, a doctype other than HTML5's), the builder gives up and the page
/// goes to the parser (<see cref="DomPage"/>); the tests hold both to the same elements.
/// </summary>
internal sealed class TokenPage : IDisposable
{
    private readonly HtmlTokenizer _tokenizer;
    private readonly OpenElements _open = new();
    private bool _quirks = true;
    private bool _seenDoctype;
    private bool _afterBody;
    private bool _dropNewline;
    private bool _seenTag;
    private string? _inHead;
    private PageElement? _body;
    private PageElement? _slogan;
    private PageElement? _article;

    private TokenPage(ReadOnlyMemory<char> html)
    {
        _tokenizer = new HtmlTokenizer(new TextSource(new ReadOnlyMemoryTextSource(html)), HtmlEntityProvider.Resolver)
        {
            SkipComments = true,
            SkipScriptText = true,
        };
    }

    /// <summary>The page's elements, or null where the markup needs the parser's repairs.</summary>
    public static Page? Build(ReadOnlyMemory<char> html)
    {
        // The parser drops NUL characters and reads CDATA in svg: rare enough to leave to it.
        if (html.Span.Contains('\0') || html.Span.Contains("<![CDATA[", StringComparison.Ordinal)) return null;
        using var builder = new TokenPage(html);
        return builder.Run() && builder._body is { } body ? new Page(builder._slogan, builder._article, body) : null;
    }

    public void Dispose() => _tokenizer.Dispose();

    private PageElement Current => _open.Current;

    private bool Run()
    {
        while (true)
        {
            ref var token = ref _tokenizer.GetStructToken();
            // A line break right after <pre> is not the element's text: the next token alone is looked at.
            var dropNewline = _dropNewline;
            _dropNewline = false;
            var taken = token.Type switch
            {
                HtmlTokenType.EndOfFile => null as bool?,
                HtmlTokenType.Doctype => Doctype(ref token),
                HtmlTokenType.Character => Text(token.Data, dropNewline),
                HtmlTokenType.StartTag => _body is null ? HeadStart(ref token) : _afterBody ? false : Start(ref token),
                HtmlTokenType.EndTag => _body is null ? HeadEnd(token.Name) : _afterBody ? token.Name == "html" : End(token.Name.ToString(), token.Position.Line),
                _ => true,
            };
            if (taken is null) return true;
            if (taken == false) return false;
        }
    }

    /// <summary>HTML5's doctype alone, first: any other sets a quirks mode this builder does not follow.</summary>
    private bool Doctype(ref StructHtmlToken token)
    {
        if (_seenDoctype || _seenTag) return false;
        _seenDoctype = true;
        _quirks = false;
        return token.Name == "html" && !token.IsQuirksForced && token.IsPublicIdentifierMissing && token.IsSystemIdentifierMissing;
    }

    private bool Text(StringOrMemory data, bool dropNewline)
    {
        var text = data.Memory.Span;
        if (dropNewline && text.StartsWith('\n')) text = text[1..];
        var blank = text.IndexOfAnyExcept(" \t\r\n\f") < 0;
        if (_body is null) return blank || _inHead is not null;
        // Line breaks after the body's end tag are the body's still, where the parser puts them.
        if (_afterBody && !blank) return false;
        if (text.IsEmpty) return true;
        // Text inside a table but outside its cells is moved before the table by the parser.
        if (!blank && TagSets.IsTableContext(Current.Name)) return false;
        Current.Children.Add(new PageText(text.ToString()));
        return true;
    }

    /// <summary>Before the body: the head's elements are passed over, the body's start tag begins the tree.</summary>
    private bool HeadStart(ref StructHtmlToken token)
    {
        var name = token.Name.ToString();
        _seenTag = true;
        if (_inHead is not null) return false;
        switch (name)
        {
            case "html" or "head" or "meta" or "link" or "base":
                return true;
            case "title" or "script" or "style":
                _inHead = name;
                _tokenizer.State = StateOf(name);
                return true;
            case "body":
                _body = new PageElement("body", null, token.Position.Line);
                _open.Push(_body);
                return TokenAttributes.Read(ref token, _body);
            default:
                return false;
        }
    }

    private bool HeadEnd(StringOrMemory name)
    {
        if (_inHead is not null && name == _inHead)
        {
            _inHead = null;
            return true;
        }
        return _inHead is null && name == "head";
    }

    private bool Start(ref StructHtmlToken token)
    {
        var name = token.Name.ToString();
        // Deeper pages go to the parser, which flattens them as browsers do.
        if (_open.Count >= ReaderLimits.HtmlDepth / 2) return false;
        if (_open.InSvg) return SvgStart(ref token, name);
        if (TagSets.IsTableContext(Current.Name)) return TableStart(ref token, name);
        switch (name)
        {
            case "td" or "th" or "tr":
                // A new cell or row ends the cell open, whatever is left open inside it.
                if (!_open.CloseCell()) return false;
                return TableStart(ref token, name);
            case "a" or "form" or "button" when _open.Contains(name):
                return false;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when Current.Name is ['h', >= '1' and <= '6']:
                return false;
            case "li" or "dt" or "dd" when !_open.CloseListItem(name is "li" ? ["li"] : ["dt", "dd"]):
                return false;
        }
        if (TagSets.ClosesParagraph.Contains(name) || name == "table" && !_quirks)
        {
            if (!_open.CloseParagraph()) return false;
        }
        else if (!TagSets.Inline.Contains(name) && !TagSets.Void.Contains(name) && !TagSets.Nested.Contains(name) && name is not ("table" or "svg"))
        {
            return false;
        }
        if (!Open(ref token, name, push: !TagSets.Void.Contains(name) && !(name == "svg" && token.IsSelfClosing))) return false;
        _dropNewline = name == "pre";
        return true;
    }

    /// <summary>Inside a table but outside its cells: only its sections, rows and cells may open.</summary>
    private bool TableStart(ref StructHtmlToken token, string name)
    {
        switch (Current.Name, name)
        {
            case ("table", "thead" or "tbody" or "tfoot") or ("thead" or "tbody" or "tfoot", "tr") or ("tr", "td" or "th"):
            case (_, "script" or "style"):
                return Open(ref token, name, push: true);
            case ("table", "tr"):
                // The parser gives the row the body section the markup left out.
                // The parser marks the elements it makes with no tag of their own at line 0.
                var body = new PageElement("tbody", Current, 0);
                Current.Children.Add(body);
                _open.Push(body);
                return Open(ref token, name, push: true);
            case ("tr", "tr"):
                _open.CloseCurrent();
                return Open(ref token, name, push: true);
            default:
                return false;
        }
    }

    private bool SvgStart(ref StructHtmlToken token, string name) =>
        !TagSets.LeavesSvg.Contains(name) && Open(ref token, name, push: !token.IsSelfClosing);

    private bool End(string name, int line)
    {
        if (_open.InSvg || TagSets.Inline.Contains(name) && name != "button" || TagSets.Nested.Contains(name))
        {
            // Inline and foreign elements end only where they are the element open last.
            if (Current.Name != name) return false;
            _open.CloseCurrent();
            return true;
        }
        switch (name)
        {
            case "body" or "html":
                _afterBody = true;
                return true;
            case "td" or "th" or "tr" or "thead" or "tbody" or "tfoot" or "table":
                return _open.CloseTablePart(name);
            case "p" when !_open.Contains("p"):
                // A stray </p> makes an empty paragraph, as the parser makes one.
                if (TagSets.IsTableContext(Current.Name)) return false;
                Current.Children.Add(new PageElement("p", Current, 0));
                return true;
            case "p":
                return _open.CloseOverImplied(name);
            default:
                return TagSets.EndsOpenParagraphs.Contains(name) && _open.CloseOverImplied(name);
        }
    }

    private bool Open(ref StructHtmlToken token, string name, bool push)
    {
        // The parser marks no line on the svg element itself.
        var element = new PageElement(name, Current, name == "svg" ? null : token.Position.Line);
        if (!TokenAttributes.Read(ref token, element)) return false;
        Current.Children.Add(element);
        if (name == "table") Current.MarkHoldsTable();
        if (push)
        {
            if (!_open.InSvg && name is "script" or "style" or "title") _tokenizer.State = StateOf(name);
            _open.Push(element);
        }
        if (_slogan is null && element.HasClass("slogan")) _slogan = element;
        if (_article is null && name == "article") _article = element;
        return true;
    }

    private static HtmlParseMode StateOf(string name) => name switch
    {
        "script" => HtmlParseMode.Script,
        "style" => HtmlParseMode.Rawtext,
        _ => HtmlParseMode.RCData,
    };
}
