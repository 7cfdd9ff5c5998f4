using System.Text.RegularExpressions;

namespace DecreeParser.Ingest.Structure;

/// <summary>A measure's number: "5.", "5.1", "1.1." — read without the trailing dot.</summary>
public static partial class MeasureNumber
{
    public static bool TryParse(string text, out string number)
    {
        var match = Number().Match(text);
        number = match.Success ? match.Groups["number"].Value : "";
        return match.Success;
    }

    /// <summary>"5.1" → "5"; "5" → null.</summary>
    public static string? Parent(string number)
    {
        var dot = number.LastIndexOf('.');
        return dot < 0 ? null : number[..dot];
    }

    [GeneratedRegex(@"^(?<number>\d{1,3}(?:\.\d{1,3})*)\.?$")]
    private static partial Regex Number();
}
