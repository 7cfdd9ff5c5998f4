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
        var folded = Folded(term, Stems(_stem, _keyword, _type));
        if (folded != term) _term.SetEmpty().Append(folded);
        return true;
    }

    /// <summary>A word folded, and stemmed by <see cref="KeyboardFold.Stem"/> when <paramref name="stemmed"/>.</summary>
    internal static string Folded(string term, bool stemmed) => stemmed ? KeyboardFold.Stem(KeyboardFold.Fold(term)) : KeyboardFold.Fold(term);

    /// <summary>Whether a token is stemmed once folded: a word, not a keyword (an abbreviation is folded whole), when the chain stems.</summary>
    internal static bool Stems(bool stem, IKeywordAttribute keyword, ITypeAttribute type) => stem && !keyword.IsKeyword && type.Type == DecreeTokenizer.Word;
}
