using System.Text.RegularExpressions;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Resolves abbreviations through the decree's own glossary. Each entry gets a canonical code: the
/// key as written, unless the initials of its expansion are one OCR confusion away from the key
/// ("ІМ – Ішкі істер министрлігі": the initials say ІІМ, so a "І" was dropped from the key). A use
/// that is not a key is read as one when it is one confusion away from exactly one entry's key or
/// canonical code ("АҚМ" for "АКМ", "ҰЕҰ" for "ҮЕҰ", "ПМ" for "ІІМ"); two candidates resolve nothing.
/// </summary>
public sealed partial class AbbreviationResolver
{
    private static readonly HashSet<string> SkippedWords =
        new(["Қазақстан", "Республикасы", "Республикасының", "және", "мен", "бен", "пен", "Казахстан", "Республики", "и"], StringComparer.OrdinalIgnoreCase);

    private readonly IReadOnlyList<(GlossaryEntry Written, string Code)> _entries;

    // A confusion changes a spelling's length by one at most: a text longer than every key by two or
    // more is no key's variant, and its variants (a copy of it per letter that could be confused) are
    // never made. Most texts asked about are a body's name written out, not a code.
    private readonly int _longestKey;

    public AbbreviationResolver(IEnumerable<GlossaryEntry> glossary)
    {
        _entries = glossary.Select(entry => (entry, CanonicalCode(entry))).ToList();
        _longestKey = _entries.Select(e => Math.Max(e.Code.Length, e.Written.Abbreviation.Length)).DefaultIfEmpty(0).Max();
    }

    /// <summary>The glossary with canonical codes, as the JSON publishes it.</summary>
    public IReadOnlyList<GlossaryEntry> Entries => _entries.Select(e => e.Written with { Abbreviation = e.Code }).ToList();

    /// <summary>Keys whose canonical code differs from the key as written: (written, code).</summary>
    public IEnumerable<(string Written, string Code)> CorrectedKeys =>
        _entries.Where(e => e.Written.Abbreviation != e.Code).Select(e => (e.Written.Abbreviation, e.Code));

    // A decree names the same few bodies in every row: each spelling is resolved once.
    private readonly Dictionary<string, AbbreviationResolution> _resolved = new(StringComparer.Ordinal);

    public AbbreviationResolution Resolve(string spelling)
    {
        if (!_resolved.TryGetValue(spelling, out var resolution)) _resolved[spelling] = resolution = ResolveOnce(spelling);
        return resolution;
    }

    private AbbreviationResolution ResolveOnce(string spelling)
    {
        var exact = _entries.Where(e => e.Code == spelling || e.Written.Abbreviation == spelling).ToList();
        if (exact.Count > 0) return new AbbreviationResolution(exact[0].Code, exact[0].Written.Expansion, Ambiguous: false);
        if (spelling.Length > _longestKey + 1) return AbbreviationResolution.None;
        var variants = OcrConfusions.Variants(spelling).ToHashSet(StringComparer.Ordinal);
        var near = _entries.Where(e => variants.Contains(e.Code) || variants.Contains(e.Written.Abbreviation)).Distinct().ToList();
        return near.Count switch
        {
            1 => new AbbreviationResolution(near[0].Code, near[0].Written.Expansion, Ambiguous: false),
            0 => AbbreviationResolution.None,
            _ => AbbreviationResolution.None with { Ambiguous = true },
        };
    }

    /// <summary>Whether a party's text has the shape of an abbreviation: capitals, maybe a hyphen ("ІІМ", "ҚР-ның" is not).</summary>
    public static bool LooksLikeAbbreviation(string text) => AbbreviationShape().IsMatch(text);

    private static string CanonicalCode(GlossaryEntry entry)
    {
        var key = entry.Abbreviation;
        if (!LooksLikeAbbreviation(key)) return key;
        var initials = Initials(entry.Expansion);
        return initials != key && OcrConfusions.AreOneApart(key, initials) ? initials : key;
    }

    /// <summary>"Қазақстан Республикасы Ішкі істер министрлігі" → "ІІМ"; "қылмыстық-атқару жүйесі" → "ҚАЖ".</summary>
    private static string Initials(string expansion)
    {
        var words = Brackets().Replace(expansion, " ")
            .Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !SkippedWords.Contains(word) && char.IsLetter(word[0]));
        return string.Concat(words.Select(word => char.ToUpperInvariant(word[0])));
    }

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"^\p{Lu}{2,}(?:-\p{Lu}+)?$")]
    private static partial Regex AbbreviationShape();
}

/// <summary>What an abbreviation resolves to; <see cref="Code"/> is null when nothing (or more than one entry) fits.</summary>
public sealed record AbbreviationResolution(string? Code, string? Expansion, bool Ambiguous)
{
    public static readonly AbbreviationResolution None = new(null, null, false);
}
