using System.Text.RegularExpressions;
using DecreeParser.Model.Text;

namespace DecreeParser.Ingest.Structure;

/// <summary>A roadmap section heading, "IV. ТӘН ЕМЕС ФУНКЦИЯЛАРДЫ ..." with its numeral in either script.</summary>
public static partial class SectionHeading
{
    public static bool TryParse(string text, out int value, out string title)
    {
        value = 0;
        title = "";
        var match = Heading().Match(text);
        if (!match.Success || !RomanNumeral.TryParse(match.Groups["numeral"].Value, out value)) return false;
        title = match.Groups["title"].Value.Trim();
        return true;
    }

    // "IV. ТӘН ЕМЕС …"; a comma for the dot as OCR may read it.
    [GeneratedRegex(@"^(?<numeral>[IІVXХLС]{1,7})[.,]\s*(?<title>\S.*)$")]
    private static partial Regex Heading();
}
