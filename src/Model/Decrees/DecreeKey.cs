namespace DecreeParser.Model.Decrees;

/// <summary>
/// The name a decree goes by in outputs and the index: its adilet id, with the language for a text
/// that is not Kazakh ("V1600014606.ru"), so a decree's Kazakh and Russian twins never collide.
/// </summary>
public static class DecreeKey
{
    public const string DefaultLanguage = "kk";

    /// <param name="decree">The decree.</param>
    /// <param name="fallback">The name to use when the decree has no id (its input file's name).</param>
    public static string Of(Decree decree, string fallback)
    {
        return For(decree.Id ?? fallback, decree.Language);
    }

    /// <summary>The key of an act's text in a language: "P1700000646" in Kazakh, "P1700000646.ru" in Russian.</summary>
    public static string For(string adiletId, string language) => language == DefaultLanguage ? adiletId : $"{adiletId}.{language}";

    /// <summary>
    /// A measure's or indicator's name under its decree's: "P1800000897/5.1" in the decree's first
    /// plan, "P1800000897/2/5.1" in its second, so names stay unique across a decree's plans.
    /// </summary>
    public static string Item(string decree, int plan, string number) => plan == 1 ? $"{decree}/{number}" : $"{decree}/{plan}/{number}";

    /// <summary>The language a key names: "ru" for "V1600014606.ru" or "V1600014606.ru/3", <see cref="DefaultLanguage"/> for "V1600014606".</summary>
    public static string LanguageOf(string key)
    {
        var decree = DecreePart(key);
        var dot = decree.LastIndexOf('.');
        return dot < 0 ? DefaultLanguage : decree[(dot + 1)..];
    }

    /// <summary>
    /// The other language's text of the same decree, or the same measure in it: "P1800000897/5.1" ↔
    /// "P1800000897.ru/5.1"; null for a language that has no twin here (neither Kazakh nor Russian).
    /// </summary>
    public static string? Twin(string key)
    {
        var decree = DecreePart(key);
        var rest = key[decree.Length..];
        return LanguageOf(key) switch
        {
            DefaultLanguage => $"{decree}.{TwinLanguage}{rest}",
            TwinLanguage => $"{decree[..^(TwinLanguage.Length + 1)]}{rest}",
            _ => null,
        };
    }

    /// <summary>The language a Kazakh text's twin is in.</summary>
    public const string TwinLanguage = "ru";

    private static string DecreePart(string key) => key.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? key[..slash] : key;
}
