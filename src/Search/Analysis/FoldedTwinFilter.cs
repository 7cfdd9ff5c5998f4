using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DecreeParser.Search.Analysis;

/// <summary>
/// Follows each word with its twin as the folded field's chain makes it (<see cref="KeyboardFoldFilter"/>),
/// at the same position and marked a keyword, so the stemmers after it stem the word and leave the twin:
/// the chain then ends by folding both and dropping the twin where the two agree, as they mostly do.
/// </summary>
public sealed class FoldedTwinFilter : TokenFilter
{
    private readonly bool _stem;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private readonly ITypeAttribute _type;
    private readonly IPositionIncrementAttribute _position;
    private State? _word;
    private string? _twin;

    public FoldedTwinFilter(TokenStream input, bool stem) : base(input)
    {
        _stem = stem;
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_twin is not null)
        {
            RestoreState(_word);
            _term.SetEmpty().Append(_twin);
            _keyword.IsKeyword = true;
            _position.PositionIncrement = 0;
            _twin = null;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        // Always a twin, even one spelt as the word: the stemmer may yet strip the word to another stem.
        _twin = KeyboardFoldFilter.Folded(_term.ToString(), KeyboardFoldFilter.Stems(_stem, _keyword, _type));
        _word = CaptureState();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _word = null;
        _twin = null;
    }
}
