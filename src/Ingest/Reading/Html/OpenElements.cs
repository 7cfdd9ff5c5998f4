namespace DecreeParser.Ingest.Reading.Html;

/// <summary>
/// The stack of open elements, as HTML's tree construction keeps it, with the closings
/// <see cref="TokenPage"/> follows: each either does what the parser would, or answers false where
/// the parser would do more (close an element across another, reopen a formatting element).
/// </summary>
internal sealed class OpenElements
{
    private readonly List<PageElement> _elements = [];

    // Where the open svg element stands, or -1: below it the content is foreign, read by rules of its own.
    private int _svgAt = -1;

    public PageElement Current => _elements[^1];

    public int Count => _elements.Count;

    /// <summary>Whether an svg element is open.</summary>
    public bool InSvg => _svgAt >= 0;

    public void Push(PageElement element)
    {
        if (element.Name == "svg" && _svgAt < 0) _svgAt = _elements.Count;
        _elements.Add(element);
    }

    public bool Contains(string name) => _elements.Exists(element => element.Name == name);

    public void CloseCurrent() => CloseFrom(_elements.Count - 1);

    /// <summary>Ends the cell open with all left open inside it, as a new cell or row does; false when no cell is open (the parser drops the tag).</summary>
    public bool CloseCell()
    {
        for (var i = _elements.Count - 1; i >= 0; i--)
        {
            switch (_elements[i].Name)
            {
                case "td" or "th":
                    CloseFrom(i);
                    return true;
                case "table" or "body":
                    return false;
            }
        }
        return false;
    }

    /// <summary>Closes the paragraph open in scope, if any; false where elements stand open inside it (the parser would close them too).</summary>
    public bool CloseParagraph()
    {
        for (var i = _elements.Count - 1; i >= 0; i--)
        {
            var name = _elements[i].Name;
            if (name == "p")
            {
                if (i != _elements.Count - 1) return false;
                CloseFrom(i);
                return true;
            }
            if (name is "table" or "td" or "th" or "button" or "body") return true;
        }
        return true;
    }

    /// <summary>
    /// A new list item closes the one open where only paragraphs, divisions and inline elements stand
    /// between; false where a formatting element would close with it (the parser reopens those).
    /// </summary>
    public bool CloseListItem(string[] names)
    {
        for (var i = _elements.Count - 1; i >= 0; i--)
        {
            var name = _elements[i].Name;
            if (names.Contains(name))
            {
                for (var j = i + 1; j < _elements.Count; j++)
                {
                    if (TagSets.Formatting.Contains(_elements[j].Name)) return false;
                }
                CloseFrom(i);
                return true;
            }
            if (name is not ("p" or "div" or "address") && !TagSets.Inline.Contains(name) || name == "button") return true;
        }
        return true;
    }

    /// <summary>Ends the element open nearest the top, with only paragraphs and list items open inside it.</summary>
    public bool CloseOverImplied(string name)
    {
        for (var i = _elements.Count - 1; i > 0; i--)
        {
            if (_elements[i].Name == name)
            {
                CloseFrom(i);
                return true;
            }
            if (!TagSets.ImpliedEnd.Contains(_elements[i].Name)) return false;
        }
        return false;
    }

    /// <summary>Ends a table's part with everything open inside it, as the parser does; false when it is not open in this table.</summary>
    public bool CloseTablePart(string name)
    {
        var stopAtTable = name != "table";
        for (var i = _elements.Count - 1; i > 0; i--)
        {
            if (_elements[i].Name == name)
            {
                CloseFrom(i);
                return true;
            }
            if (stopAtTable && _elements[i].Name == "table") return false;
        }
        return false;
    }

    /// <summary>Closes the open elements from <paramref name="index"/> up.</summary>
    private void CloseFrom(int index)
    {
        _elements.RemoveRange(index, _elements.Count - index);
        if (_svgAt >= index) _svgAt = -1;
    }
}
