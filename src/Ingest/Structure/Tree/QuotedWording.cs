using System.Text.RegularExpressions;

namespace DecreeParser.Ingest.Structure.Tree;

/// <summary>
/// The new wording an amending act quotes ("8) уполномоченный орган …";", "Статья 1-1. …" over
/// several paragraphs) is text of the instruction that quotes it, never units of the act. A paragraph
/// that opens with a quotation mark is such wording; where its marks do not pair up, the quotation
/// goes on to the paragraph whose marks again do not pair up: the one that closes it. A paragraph
/// that only names a title in quotes ("«…» туралы бұйрыққа") pairs its marks and quotes nothing further.
/// </summary>
public static partial class QuotedWording
{
    public static bool Opens(string paragraph) => paragraph.Length > 0 && paragraph[0] is '"' or '«' or '“' or '„';

    /// <summary>
    /// Whether a paragraph of a quoted new wording is its last. The first closes it when it ends in a
    /// closing mark ("…ВИЧ-инфекции и СПИД";"); a later one only where the wording's own full stop or
    /// semicolon stands inside that mark ("…асырылады.".", "…смерти;";"), so a paragraph of the wording
    /// that ends by naming a title in quotes ("… "О здравоохранении".") does not end it.
    /// </summary>
    public static bool Ends(string paragraph, bool first) => first ? Closing().IsMatch(paragraph) : OwnStopClosing().IsMatch(paragraph);

    [GeneratedRegex(@".[""»”]\s*[;.,]?\s*$")]
    private static partial Regex Closing();

    [GeneratedRegex(@"[.;:!?)]\s*[""»”]\s*[;.,]?\s*$")]
    private static partial Regex OwnStopClosing();

    /// <summary>True when the paragraph leaves a quotation open, or closes one it did not open.</summary>
    public static bool Unpaired(string paragraph)
    {
        int straight = 0, guillemets = 0, curly = 0;
        foreach (var c in paragraph)
        {
            switch (c)
            {
                case '"': straight++; break;
                case '«': guillemets++; break;
                case '»': guillemets--; break;
                case '“' or '„': curly++; break;
                case '”': curly--; break;
            }
        }
        return straight % 2 != 0 || guillemets != 0 || curly != 0;
    }
}
