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
        var name = decree.Id ?? fallback;
        return decree.Language == DefaultLanguage ? name : $"{name}.{decree.Language}";
    }

    /// <summary>
    /// A measure's or indicator's name under its decree's: "P1800000897/5.1" in the decree's first
    /// plan, "P1800000897/2/5.1" in its second, so names stay unique across a decree's plans.
    /// </summary>
    public static string Item(string decree, int plan, string number) => plan == 1 ? $"{decree}/{number}" : $"{decree}/{plan}/{number}";
}
