using System.Text.RegularExpressions;

namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>The label of an appendix as a decree writes it over its own pages: "… қаулысына 1-қосымша", "Приложение 2 к постановлению …".</summary>
public static partial class AppendixLabel
{
    private const int MaxLabelLength = 400;

    /// <summary>"1-қосымша" or "Приложение 2" when the text is such a label; null otherwise.</summary>
    public static string? Find(string text)
    {
        if (text.Length > MaxLabelLength) return null;
        var match = Label().Match(text);
        return match.Success ? match.Value : null;
    }

    [GeneratedRegex(@"[0-9]+\s*-\s*қосымша|Приложение\s+(?:№\s*)?[0-9]+", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
