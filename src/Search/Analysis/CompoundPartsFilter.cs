using DecreeParser.Model.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DecreeParser.Search.Analysis;

/// <summary>
/// After a hyphenated compound or a year range, its parts at the same position: "ақпараттық-түсіндіру"
/// is found by the whole and by "түсіндіру"; "2019-2021" by "2021". An ending hyphenated to a word
/// ("ЖАО-ға", "БАҚ-тағы", "ІІМ-нің") is no part: the token becomes the word before it.
/// </summary>
public sealed class CompoundPartsFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<string> _parts = new();
    private State? _state;

    public CompoundPartsFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_parts.Count > 0)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_parts.Dequeue());
            _position.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        var term = WithoutHyphenatedEnding(_term.ToString());
        _term.SetEmpty().Append(term);
        if (term.Contains('-', StringComparison.Ordinal))
        {
            foreach (var part in term.Split('-', StringSplitOptions.RemoveEmptyEntries)) _parts.Enqueue(part);
            _state = CaptureState();
        }
        return true;
    }

    private static string WithoutHyphenatedEnding(string term)
    {
        var hyphen = term.LastIndexOf('-');
        return hyphen > 0 && KazakhSuffixes.IsEndingChain(term[(hyphen + 1)..]) ? term[..hyphen] : term;
    }

    public override void Reset()
    {
        base.Reset();
        _parts.Clear();
        _state = null;
    }
}
