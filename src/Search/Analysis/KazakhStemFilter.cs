using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DecreeParser.Search.Analysis;

/// <summary>Replaces each word by its <see cref="KazakhStemmer"/> stem; keywords and numbers pass whole.</summary>
public sealed class KazakhStemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private readonly ITypeAttribute _type;

    public KazakhStemFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_keyword.IsKeyword || _type.Type != DecreeTokenizer.Word) return true;
        var term = _term.ToString();
        var stem = KazakhStemmer.Stem(term);
        if (!ReferenceEquals(stem, term)) _term.SetEmpty().Append(stem);
        return true;
    }
}
