using DecreeParser.Model;
using DecreeParser.Model.Text;

namespace DecreeParser.Ingest.Repair;

/// <summary>
/// A roadmap's cells are full of set phrases. A cell (or paragraph) that is the whole of one of them
/// but for a letter or two OCR got wrong ("талал етілмейді", "жарты жылда бр рет") is the phrase.
/// Only whole texts, only long phrases (a short one must match as it is), and only letters mended,
/// never words or punctuation dropped: "ЖБ көзделген қаражат шегінде" is the phrase with a source
/// before it, and "Президент Әкімшілігіне ақпарат," a cell whose list goes on in the next row.
/// </summary>
public sealed class OcrPhraseRepair : ITextRepair
{
    private const double MinSimilarity = 0.85;

    private static readonly string[] Phrases =
    [
        "талап етілмейді", "көзделген қаражат шегінде", "жарты жылда бір рет", "жыл сайын", "тоқсан сайын",
        "Президент Әкімшілігіне ақпарат", "талдамалық анықтама",
        "не требуется", "в пределах предусмотренных средств", "раз в полугодие", "ежеквартально", "ежегодно",
    ];

    public string Apply(string text, SourceLocation location, RepairLog log)
    {
        if (text.Length < 8 || Array.IndexOf(Phrases, text) >= 0) return text;
        // Every cell comes through here: a loop, not a query.
        foreach (var phrase in Phrases)
        {
            if (Math.Abs(phrase.Length - text.Length) > 1) continue;
            if (!SameNotLetters(text, phrase) || !TextSimilarity.IsAtLeast(text, phrase, MinSimilarity)) continue;
            log.Record(RepairKinds.OcrPhrase, text, phrase, location);
            return phrase;
        }
        return text;
    }

    /// <summary>
    /// Whether two texts have the same spaces and punctuation, in the same order: what letter mending
    /// must leave as it is. Compared as they are read, with no string made of either.
    /// </summary>
    private static bool SameNotLetters(string text, string phrase)
    {
        var (t, p) = (0, 0);
        while (true)
        {
            while (t < text.Length && char.IsLetter(text[t])) t++;
            while (p < phrase.Length && char.IsLetter(phrase[p])) p++;
            if (t == text.Length || p == phrase.Length) return t == text.Length && p == phrase.Length;
            if (text[t++] != phrase[p++]) return false;
        }
    }
}
