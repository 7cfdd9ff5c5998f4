using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DecreeParser.Search.Analysis;

/// <summary>
/// Splits decree text into the tokens researchers type: words, hyphenated compounds kept whole
/// ("ақпараттық-түсіндіру"; <see cref="CompoundPartsFilter"/> adds the parts), numbers with their
/// thousands groups joined ("14 233" → "14233", "10 171,5" → "10171,5"), year ranges ("2019 – 2021" →
/// "2019-2021") and decree numbers ("№ 897" → "№897").
/// </summary>
public sealed partial class DecreeTokenizer : Tokenizer
{
    public const string Word = "<WORD>";
    public const string Number = "<NUM>";
    public const string YearRange = "<RANGE>";
    public const string DecreeNumber = "<DECREE_NUM>";

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    // The next match, found as tokens are asked for: a snippet stops reading a decree's text after its first lines.
    private Match _next = Match.Empty;
    private int _length;

    public DecreeTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (!_next.Success) return false;
        var (term, start, end, type) = Read(_next);
        _next = _next.NextMatch();
        _term.SetEmpty().Append(term);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _type.Type = type;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        var text = m_input.ReadToEnd();
        _length = text.Length;
        _next = Token().Match(text);
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    private static (string, int, int, string) Read(Match match)
    {
        var (term, type) = match.Groups switch
        {
            var g when g["decree"].Success => ("№" + g["decree"].Value, DecreeNumber),
            var g when g["from"].Success => ($"{g["from"].Value}-{g["to"].Value}", YearRange),
            var g when g["number"].Success => (Spaces().Replace(g["number"].Value, ""), Number),
            _ => (match.Value, Word),
        };
        return (term, match.Index, match.Index + match.Length, type);
    }

    // Order matters: a decree number before a number, a year range before two numbers.
    [GeneratedRegex(@"№\s?(?<decree>\d+(?:[-/]\d+)?)|(?<!\d)(?<from>(?:19|20)\d{2})\s?[-–—]\s?(?<to>(?:19|20)\d{2})(?!\d)|(?<number>\d{1,3}(?:[ \u00A0]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)*)|\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*")]
    private static partial Regex Token();

    [GeneratedRegex(@"[ \u00A0]")]
    private static partial Regex Spaces();
}
