using System.Text.RegularExpressions;
using DecreeParser.Model;
using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Reads a decree's head: its title (the first heading), the line that names the act
/// ("Қазақстан Республикасы Үкіметінің 2018 жылғы 27 желтоқсандағы № 897 қаулысы."), the issuer as
/// the enacting formula names it ("Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:"), and the adilet
/// id: the one the source file is named by, else derived for a Government resolution as
/// P + two-digit year + eight-digit number.
/// </summary>
public static partial class MetadataParser
{
    private static readonly Dictionary<string, string> KindByWord = new(StringComparer.OrdinalIgnoreCase)
    {
        ["қаулысы"] = "қаулы",
        ["бұйрығы"] = "бұйрық",
        ["жарлығы"] = "жарлық",
        ["өкімі"] = "өкім",
        ["заңы"] = "заң",
    };

    public static DecreeMetadata Parse(IReadOnlyList<Block> blocks, DocumentSource source, WarningLog warnings)
    {
        var title = blocks.OfType<HeadingBlock>().FirstOrDefault()?.Text;
        var paragraphs = blocks.OfType<ParagraphBlock>().ToList();
        var act = paragraphs.Select(p => ActLine().Match(p.Text)).FirstOrDefault(m => m.Success);
        var enacting = paragraphs.Select(p => Enacting().Match(p.Text)).FirstOrDefault(m => m.Success);
        var language = LanguageDetector.Detect(blocks);
        string? kind = null, number = null, date = null, issuer = null;
        if (act is not null)
        {
            kind = KindByWord[act.Groups["kind"].Value];
            number = act.Groups["number"].Value;
            date = KazakhDate.ToIso(act.Groups["year"].Value, act.Groups["day"].Value, act.Groups["month"].Value);
            issuer = enacting?.Groups["issuer"].Value ?? Nominative(act.Groups["issuer"].Value);
        }
        else
        {
            warnings.Add(WarningCodes.NoMetadata, "no line names the act's date and number", new SourceLocation());
        }
        return new DecreeMetadata(Id(source, kind, issuer, date, number, warnings), language, kind, issuer, number, date, title);
    }

    private static string? Id(DocumentSource source, string? kind, string? issuer, string? date, string? number, WarningLog warnings)
    {
        var named = AdiletId().Match(Path.GetFileNameWithoutExtension(source.Path));
        var derived = kind == "қаулы" && issuer?.Contains("Үкімет", StringComparison.Ordinal) == true && date is not null && number is not null && number.All(char.IsAsciiDigit)
            ? $"P{date[2..4]}{number.PadLeft(8, '0')}"
            : null;
        if (named.Success && derived is not null && named.Value != derived)
        {
            warnings.Add(WarningCodes.IdMismatch, $"the file is named {named.Value} but its text is resolution {derived}", new SourceLocation());
        }
        if (named.Success) return named.Value;
        if (derived is null) warnings.Add(WarningCodes.NoId, "no adilet id: the file is not named by one and the act is not a Government resolution", new SourceLocation());
        return derived;
    }

    /// <summary>"Қазақстан Республикасы Үкіметінің" → "Қазақстан Республикасы Үкіметі".</summary>
    private static string Nominative(string genitive) => GenitiveEnding().Replace(genitive.Trim(), "");

    [GeneratedRegex(@"^(?<issuer>.+?)\s+(?<year>\d{4})\s+жылғы\s+(?<day>\d{1,2})\s+(?<month>\p{L}+)\s+№\s*(?<number>[\w\-/]+)\s+(?<kind>қаулысы|бұйрығы|жарлығы|өкімі|заңы)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActLine();

    [GeneratedRegex(@"^(?<issuer>.+?)\s+(?:ҚАУЛЫ\s+ЕТЕДІ|БҰЙЫРАМЫН|ҚАУЛЫ\s+ЕТЕМІН)\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex Enacting();

    [GeneratedRegex(@"(?<=[іы])(?:нің|ның)$")]
    private static partial Regex GenitiveEnding();

    [GeneratedRegex(@"^[PVZKUG]\d{2}0*\d+$")]
    private static partial Regex AdiletId();
}
