using System.Text.RegularExpressions;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Tree;

/// <summary>
/// What opens a unit, read off the start of a paragraph: "2-бөлім" / "Раздел 2", "1-тарау" / "Глава 1",
/// "1. ОБЩИЕ ПОЛОЖЕНИЯ" (a chapter heading in capitals), "1-параграф" / "Параграф 1" / "§ 1",
/// "3-1-бап" / "Статья 2-4.", "1." / "1-1.", "1)" / "1-1)" / "а)", and a dash that opens an indent. What follows the marker is a division's heading, or a
/// point's text; a division whose words end a sentence with ":" or ";" ("Статья 1. Внести в Закон …
/// следующие изменения:"), or run long to a full stop, has text instead of a heading.
/// </summary>
public static partial class UnitMarker
{
    // A heading ending in a full stop is short ("Глава 9. Исключена."); a sentence is not.
    private const int MaxHeadingWithFullStop = 60;

    public static UnitStart? Read(string text)
    {
        foreach (var (kind, pattern) in Patterns)
        {
            var match = pattern.Match(text);
            if (!match.Success) continue;
            var rest = match.Groups["rest"].Value.Trim();
            var number = match.Groups["n"].Success ? match.Groups["n"].Value : null;
            var num = match.Groups["num"].Success ? match.Groups["num"].Value.Trim() : null;
            if (!UnitKinds.IsDivision(kind)) return new UnitStart(kind, num, number, Heading: null, Text: rest);
            var sentence = rest.EndsWith(':') || rest.EndsWith(';') || (rest.EndsWith('.') && rest.Length > MaxHeadingWithFullStop);
            return sentence
                ? new UnitStart(kind, num, number, Heading: null, Text: rest)
                : new UnitStart(kind, num, number, Heading: rest.Length == 0 ? null : rest, Text: null);
        }
        return null;
    }

    private const string Arabic = @"[0-9]{1,3}(?:-[0-9]{1,3})*";
    private const string Roman = @"[IVXLCІ]{1,7}";

    // A division's number ends in a full stop, or stands alone, or before a capital or a bracket:
    // "Статья 16 предусмотрена в редакции …" is a sentence about the article, not the article.
    private const string DivisionEnd = @"(?:\.|(?=\s+(?-i:[\p{Lu}(]))|(?=\s*$)))(?:\s+(?<rest>.*))?\s*$";

    private static readonly (string Kind, Regex Pattern)[] Patterns =
    [
        (UnitKinds.Part, Part()),
        (UnitKinds.Chapter, Chapter()),
        (UnitKinds.Paragraph, Section()),
        (UnitKinds.Article, Article()),
        (UnitKinds.Chapter, CapitalChapter()),
        (UnitKinds.Point, Point()),
        (UnitKinds.Subpoint, Subpoint()),
        (UnitKinds.Indent, Indent()),
    ];

    [GeneratedRegex(@"^(?<num>(?:(?<n>" + Arabic + "|" + Roman + @")\s*-\s*бөлім|Раздел\s+(?<n>" + Arabic + "|" + Roman + @"))" + DivisionEnd, RegexOptions.IgnoreCase)]
    private static partial Regex Part();

    [GeneratedRegex(@"^(?<num>(?:(?<n>" + Arabic + @")\s*-\s*тарау|Глава\s+(?<n>" + Arabic + "|" + Roman + @"))" + DivisionEnd, RegexOptions.IgnoreCase)]
    private static partial Regex Chapter();

    // "1. ОБЩИЕ ПОЛОЖЕНИЯ", "II. ЖАЛПЫ ЕРЕЖЕЛЕР": a number before a heading in capitals is a chapter's, not a point's.
    [GeneratedRegex(@"^(?<num>(?<n>[0-9]{1,2}|[IVXІ]{1,5})\.)\s+(?<rest>[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*)$")]
    private static partial Regex CapitalChapter();

    [GeneratedRegex(@"^(?<num>(?:(?<n>" + Arabic + @")\s*-\s*параграф|Параграф\s+(?<n>" + Arabic + @")|§\s*(?<n>" + Arabic + @"))" + DivisionEnd, RegexOptions.IgnoreCase)]
    private static partial Regex Section();

    [GeneratedRegex(@"^(?<num>(?:(?<n>" + Arabic + @")\s*-\s*бап|Статья\s+(?<n>" + Arabic + @"))" + DivisionEnd, RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    // "1. Қоса беріліп…", and "1."Шығыстардың…" as adilet sometimes writes it; never "1.1" or a year.
    [GeneratedRegex(@"^(?<num>(?<n>" + Arabic + @")\.)\s*(?<rest>[^0-9\s.].*)$")]
    private static partial Regex Point();

    // Kazakh names a unit by its number first: "5) тармақшадағы … сөздер" is about subpoint 5), not subpoint 5).
    [GeneratedRegex(@"^(?<num>(?<n>" + Arabic + @"|[а-яәғқңөұүһі])\))\s*(?!тармақша)(?<rest>\S.*)$")]
    private static partial Regex Subpoint();

    [GeneratedRegex(@"^[-–—•]\s+(?<rest>\S.*)$")]
    private static partial Regex Indent();
}

/// <summary>A unit's opening: its kind, its number as written and as a bare number, and the heading or text after it.</summary>
public sealed record UnitStart(string Kind, string? Num, string? Number, string? Heading, string? Text);
