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
    /// </summary>
    private static bool IsPlainlyNormal(string text) => text.AsSpan().IndexOfAnyExcept(PlainCharacters) < 0;

    private static readonly System.Buffers.SearchValues<char> PlainCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x300).Select(c => (char)c), .. Enumerable.Range(0x400, 0x483 - 0x400).Select(c => (char)c), .. Enumerable.Range(0x48A, 0x530 - 0x48A).Select(c => (char)c)]);

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
