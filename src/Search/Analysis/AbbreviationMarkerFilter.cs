using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DecreeParser.Search.Analysis;

/// <summary>
/// Marks a word written in capitals ("ДСМ", "ЖАО", "ІІМК") as a keyword, before lowercasing loses that,
/// so the stemmer leaves it whole: an abbreviation's last letters are not an ending. Words of one
/// letter and longer words in capitals (a heading's "ЖАҢҒЫРТУ") are words, not abbreviations.
/// </summary>
public sealed class AbbreviationMarkerFilter : TokenFilter
{
    public const int LongestAbbreviation = 5;

    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public AbbreviationMarkerFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (IsAbbreviation(_term.ToString())) _keyword.IsKeyword = true;
        return true;
    }

    public static bool IsAbbreviation(string word) =>
        word.Length is >= 2 and <= LongestAbbreviation && word.All(c => char.IsUpper(c) || char.IsDigit(c));
}
