using System.Text.RegularExpressions;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// The words that open a decree's operative part: "ҚАУЛЫ ЕТЕДІ:", "БҰЙЫРАМЫН:", "ПОСТАНОВЛЯЕТ:",
/// "ПРИКАЗЫВАЮ:", at the end of their paragraph, after the issuer's name when it is given. Read
/// with "К" for "Қ" and with stray marks after them, as OCR leaves them.
/// </summary>
public static class EnactingFormula
{
    private const int MaxIssuerWords = 8;

    /// <summary>
    /// The formulas as written. A PDF reader knows these words even where a typesetter broke the only
    /// one in the document at a hyphen ("ПРИКА-" / "ЗЫВАЮ:").
    /// </summary>
    public static IReadOnlyList<string> Formulas { get; } = ["ҚАУЛЫ ЕТЕДІ", "ҚАУЛЫ ЕТЕМІН", "БҰЙЫРАМЫН", "ПОСТАНОВЛЯЕТ", "ПРИКАЗЫВАЮ"];

    // "К" for "Қ" and "У" for "Ұ", as OCR and old typewriters give them; any space between words.
    private static readonly Regex Formula = new(
        @"^(?<issuer>.*?)\s*(?:" + string.Join('|', Formulas.Select(f => f.Replace("Қ", "[ҚК]").Replace("Ұ", "[ҰУ]").Replace(" ", @"\s+"))) + @")\s*:?[^\p{L}\p{N}]*$",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>Whether the paragraph ends with the formula.</summary>
    public static bool Ends(string paragraph) => Formula.IsMatch(paragraph);

    /// <summary>
    /// The issuer named before the formula ("Қазақстан Республикасының Үкіметі"), or null. What stands
    /// before it in a Russian order is the legal basis ("В соответствии с пунктом 2 статьи 210 …"):
    /// a name is short.
    /// </summary>
    public static string? Issuer(string paragraph) =>
        Formula.Match(paragraph) is { Success: true } match && match.Groups["issuer"].Value.Trim() is { Length: > 0 } issuer
        && issuer.Split(' ').Length <= MaxIssuerWords ? issuer : null;
}
