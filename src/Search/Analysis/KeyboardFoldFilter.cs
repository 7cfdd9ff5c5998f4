using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DecreeParser.Search.Analysis;

/// <summary>
/// The last step of the folded field's chain: each word folded as a Russian keyboard types it and,
/// when <c>stem</c>, stemmed by <see cref="KeyboardFold.Stem"/>; an abbreviation is folded whole
/// ("ІІМ" typed "ИИМ").
/// </summary>
public sealed class KeyboardFoldFilter : TokenFilter
{
    private readonly bool _stem;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private readonly ITypeAttribute _type;

    public KeyboardFoldFilter(TokenStream input, bool stem) : base(input)
    {
        _stem = stem;
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var term = _term.ToString();
        var folded = KeyboardFold.Fold(term);
        if (_stem && !_keyword.IsKeyword && _type.Type == DecreeTokenizer.Word) folded = KeyboardFold.Stem(folded);
        if (folded != term) _term.SetEmpty().Append(folded);
        return true;
    }
}
