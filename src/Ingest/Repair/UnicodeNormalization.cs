using System.Text;
using DecreeParser.Model;

namespace DecreeParser.Ingest.Repair;

/// <summary>
/// Text in NFC, so that "й" typed as "и" + combining breve compares equal to "й" everywhere after.
/// A half of a surrogate pair standing alone, or the noncharacter U+FFFE (a byte order mark read the
/// wrong way round) — broken characters some readers pass on, found by fuzzing — cannot be
/// normalized: each becomes U+FFFD first, as a decoder would have made it.
/// </summary>
public sealed class UnicodeNormalization : ITextRepair
{
    public string Apply(string text, SourceLocation location, RepairLog log)
    {
        if (IsPlainlyNormal(text)) return text;
        if (HasBrokenCharacter(text))
        {
            var whole = WithoutBrokenCharacters(text);
            log.Record(RepairKinds.UnicodeNormalization, text, whole, location);
            text = whole;
        }
        if (text.IsNormalized(NormalizationForm.FormC)) return text;
        var normalized = text.Normalize(NormalizationForm.FormC);
        log.Record(RepairKinds.UnicodeNormalization, text, normalized, location);
        return normalized;
    }

    /// <summary>
    /// Text whose every character is below the combining marks (U+0300) or a Cyrillic letter is in NFC
    /// already: no such character decomposes or combines. Nearly every text is, and asking ICU costs.
    /// Three searches of one range each, which run many characters a step: one search for the three
    /// ranges together made a set that checked every Cyrillic letter on its own.
    /// </summary>
    private static bool IsPlainlyNormal(string text)
    {
        var span = text.AsSpan();
        return span.IndexOfAnyExceptInRange('\0', '\u052F') < 0 // past Cyrillic
            && span.IndexOfAnyInRange('\u0300', '\u03FF') < 0 // combining marks, Greek
            && span.IndexOfAnyInRange('\u0483', '\u0489') < 0; // Cyrillic combining marks
    }

    private static bool HasBrokenCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\uFFFE' or '\uFFFF') return true;
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else return true;
        }
        return false;
    }

    private static string WithoutBrokenCharacters(string text)
    {
        var whole = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) whole.Append(text, i++, 2);
            else whole.Append(char.IsSurrogate(text[i]) || text[i] is '\uFFFE' or '\uFFFF' ? '\uFFFD' : text[i]);
        }
        return whole.ToString();
    }
}
