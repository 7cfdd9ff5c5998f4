using System.Text;
using System.Text.RegularExpressions;
using DecreeParser.Model;
using DecreeParser.Model.Text;

namespace DecreeParser.Ingest.Repair;

/// <summary>
/// Mends what OCR reads wrongly where the context leaves no doubt: "№" read as "Хо" / "Ко" / "No" before
/// a number, and Roman numerals read as letters — "П" for ІІ, "Ш" for ІІІ, "ТУ" or "[У" for ІV, "1"
/// for І, "ІШ" for a ІІІ whose stroke was read twice — before "тоқсан" / "квартал" and at the head of a section title ("Ш. КАДРЛАРДЫ ...");
/// and "тоқсан" read as "токсан" (the hook of "қ" lost to grain) after a year's quarter numeral.
/// A token is mended only when every letter of it is one OCR makes of a numeral and the result is
/// a numeral; elsewhere these letters are left alone ("П" and "Ш" begin words).
/// </summary>
public sealed partial class OcrConfusionRepair : ITextRepair
{
    private static readonly Dictionary<char, string> NumeralLetters = new()
    {
        ['І'] = "І", ['I'] = "I", ['V'] = "V", ['Х'] = "Х", ['X'] = "X",
        ['П'] = "ІІ", ['Ш'] = "ІІІ", ['И'] = "ІІ", ['Г'] = "І", ['Т'] = "І", ['У'] = "V", ['Ү'] = "V",
        ['1'] = "І", ['l'] = "І", ['|'] = "І", ['['] = "І", [']'] = "І",
    };

    // The letters that stand for a numeral other than themselves: only a numeral holding one of them
    // (or a stroke read twice, "ІІІІ") is any different once mended.
    private static readonly System.Buffers.SearchValues<char> Misread =
        System.Buffers.SearchValues.Create([.. NumeralLetters.Where(pair => pair.Value != pair.Key.ToString()).Select(pair => pair.Key)]);

    public string Apply(string text, SourceLocation location, RepairLog log) =>
        // Nearly every text holds none of these misreadings: each is looked for before anything is made
        // to mend it. A deadline's quarter is nearly always read right ("2019 жылғы ІІ тоқсан").
        MayHoldNumberSign(text) || (NamesQuarter(text) && (MisreadQuarter(text) || QuarterWord().IsMatch(text))) || SectionNumeral().IsMatch(text)
            ? Mended(text, location, log)
            : text;

    /// <summary>Whether a quarter's numeral in the text holds a letter OCR put for a stroke, or one stroke too many.</summary>
    private static bool MisreadQuarter(string text)
    {
        foreach (var range in QuarterNumerals().EnumerateMatches(text))
        {
            var numerals = text.AsSpan(range.Index, range.Length);
            if (numerals.ContainsAny(Misread) || numerals.Contains("ІІІІ", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static string Mended(string text, SourceLocation location, RepairLog log)
    {
        var repaired = NumberSign().Replace(text, match => Log(match.Value, "№", RepairKinds.OcrNumberSign));
        repaired = QuarterNumerals().Replace(repaired, range => Token().Replace(range.Value, token => Mend(token.Value, maxValue: 4)));
        repaired = QuarterWord().Replace(repaired, match => Log(match.Value, "тоқсан", RepairKinds.OcrLetter));
        return SectionNumeral().Replace(repaired, match => Mend(match.Value, maxValue: 39));

        string Mend(string token, int maxValue)
        {
            var read = new StringBuilder();
            // A border mark OCR put before a one: "[1" is one "І", not two.
            var letters = token.Length > 1 && token[0] is '[' or ']' or '|' && token[1] is '1' or 'l' or 'І' or 'I' ? token[1..] : token;
            foreach (var c in letters) read.Append(NumeralLetters[c]);
            var numeral = read.ToString();
            // "ІШ" before "тоқсан": one stroke read twice, as "І" and as the first of "Ш". Of the
            // quarters, only ІІІ is written with three strokes or more and no V.
            if (maxValue == 4 && numeral.Length > 3 && numeral.All(c => c == 'І')) numeral = "ІІІ";
            var valid = RomanNumeral.TryParse(numeral, out var value) && value <= maxValue;
            return valid && numeral != token ? Log(token, numeral, RepairKinds.OcrRomanNumeral) : token;
        }

        string Log(string before, string after, string kind)
        {
            log.Record(kind, before, after, location);
            return after;
        }
    }

    /// <summary>Whether a misread "№" may stand in the text: it stands before a number, and most texts hold no digit to look around.</summary>
    private static bool MayHoldNumberSign(string text) => text.AsSpan().ContainsAnyInRange('0', '9') && NumberSign().IsMatch(text);

    /// <summary>Whether a text names a quarter at all: the quarter patterns look behind at every position, a plain search does not.</summary>
    private static bool NamesQuarter(string text) =>
        text.Contains("тоқсан", StringComparison.Ordinal) || text.Contains("токсан", StringComparison.Ordinal) || text.Contains("квартал", StringComparison.Ordinal);

    private const string Letters = @"[ІIVХXПШИГТУҮ1l|\[\]]";

    [GeneratedRegex(@"(?<=^|\s)(?:Хо|Но|Ко|No|N°|Мо)(?=\s?[0-9])")]
    private static partial Regex NumberSign();

    [GeneratedRegex(Letters + "{1,4}")]
    private static partial Regex Token();

    // The numerals, one or a range, of "2019 жылғы П тоқсан", "2019 жылғы [1 - П тоқсан", "П квартал 2019 года".
    [GeneratedRegex(@"(?:(?<=[0-9]{4}\s*жылғы\s*)|^)" + Letters + @"{1,4}(?:\s*[-–—]\s*" + Letters + @"{1,4})?(?=\s*(?:то[қк]сан|квартал))")]
    private static partial Regex QuarterNumerals();

    // "2019 жылғы ІІ токсан", once the numeral is one.
    [GeneratedRegex(@"(?<=[0-9]{4}\s*жылғы\s*[ІIV]{1,4}(?:\s*[-–—]\s*[ІIV]{1,4})?\s*)токсан")]
    private static partial Regex QuarterWord();

    // A section title's numeral: "Ш. КАДРЛАРДЫ ІРІКТЕУ", "ГУ. ТӘН ЕМЕС", "1Х, АЗАМАТТЫҚ" (a comma read for the dot).
    [GeneratedRegex(@"^" + Letters + @"{1,5}(?=[.,]\s*\p{Lu}{3})")]
    private static partial Regex SectionNumeral();
}
