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
        for (var i = 0; i < Phrases.Length; i++)
        {
            var phrase = Phrases[i];
            if (Math.Abs(phrase.Length - text.Length) > 1) continue;
            if (!HasNotLetters(text, PhrasesNotLetters[i]) || !TextSimilarity.IsAtLeast(text, phrase, MinSimilarity)) continue;
            log.Record(RepairKinds.OcrPhrase, text, phrase, location);
            return phrase;
        }
        return text;
    }

    private static readonly string[] PhrasesNotLetters = [.. Phrases.Select(NotLetters)];

    /// <summary>The spaces and punctuation of a text, in order: what letter mending must leave as it is.</summary>
    private static string NotLetters(string text) => string.Concat(text.Where(c => !char.IsLetter(c)));

    /// <summary>Whether the text's spaces and punctuation are these, in this order: compared as it is read, with no string made of them.</summary>
    private static bool HasNotLetters(string text, string notLetters)
    {
        var matched = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c)) continue;
            if (matched == notLetters.Length || notLetters[matched] != c) return false;
            matched++;
        }
        return matched == notLetters.Length;
    }
}
