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
        ["приказ"] = "приказ",
        ["постановление"] = "постановление",
        ["указ"] = "указ",
        ["распоряжение"] = "распоряжение",
        ["закон"] = "закон",
    };

    // The first word of a Russian issuer in the genitive, as the act line writes it, and its nominative.
    private static readonly Dictionary<string, string> RussianNominative = new(StringComparer.Ordinal)
    {
        ["Министра"] = "Министр",
        ["Правительства"] = "Правительство",
        ["Президента"] = "Президент",
        ["Председателя"] = "Председатель",
        ["акима"] = "аким",
        ["Акима"] = "Аким",
    };

    public static DecreeMetadata Parse(IReadOnlyList<Block> blocks, DocumentSource source, WarningLog warnings)
    {
        var title = blocks.OfType<HeadingBlock>().FirstOrDefault()?.Text;
        var paragraphs = blocks.OfType<ParagraphBlock>().ToList();
        var act = paragraphs.Select(p => ActLine().Match(p.Text)).FirstOrDefault(m => m.Success)
            ?? paragraphs.Select(p => RussianActLine().Match(p.Text)).FirstOrDefault(m => m.Success);
        var enactingIssuer = paragraphs.Select(p => EnactingFormula.Issuer(p.Text)).FirstOrDefault(issuer => issuer is not null);
        var language = LanguageDetector.Detect(blocks);
        string? kind = null, number = null, date = null, issuer = null;
        if (act is not null)
        {
            kind = KindByWord[act.Groups["kind"].Value];
            number = act.Groups["number"].Value;
            date = ActDate.ToIso(act.Groups["year"].Value, act.Groups["day"].Value, act.Groups["month"].Value);
            issuer = enactingIssuer ?? Nominative(act.Groups["issuer"].Value);
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
        var governmentResolution = (kind == "қаулы" && issuer?.Contains("Үкімет", StringComparison.Ordinal) == true)
            || (kind == "постановление" && issuer?.Contains("Правительств", StringComparison.Ordinal) == true);
        var derived = governmentResolution && date is not null && number is not null && number.All(char.IsAsciiDigit)
            ? $"P{date[2..4]}{number.PadLeft(8, '0')}"
            : null;
        var namedId = named.Groups["id"].Value;
        if (named.Success && derived is not null && namedId != derived)
        {
            warnings.Add(WarningCodes.IdMismatch, $"the file is named {namedId} but its text is resolution {derived}", new SourceLocation());
        }
        if (named.Success) return namedId;
        if (derived is null) warnings.Add(WarningCodes.NoId, "no adilet id: the file is not named by one and the act is not a Government resolution", new SourceLocation());
        return derived;
    }

    /// <summary>
    /// "Қазақстан Республикасы Үкіметінің" → "Қазақстан Республикасы Үкіметі";
    /// "Министра финансов Республики Казахстан" → "Министр финансов Республики Казахстан".
    /// </summary>
    private static string Nominative(string genitive)
    {
        var words = genitive.Trim().Split(' ', 2);
        if (RussianNominative.TryGetValue(words[0], out var nominative)) return words.Length > 1 ? $"{nominative} {words[1]}" : nominative;
        return GenitiveEnding().Replace(genitive.Trim(), "");
    }

    [GeneratedRegex(@"^(?<issuer>.+?)\s+(?<year>[0-9]{4})\s+жылғы\s+(?<day>[0-9]{1,2})\s+(?<month>\p{L}+)\s+№\s*(?<number>[\w\-/]+)\s+(?<kind>қаулысы|бұйрығы|жарлығы|өкімі|заңы)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActLine();

    // "Приказ Министра финансов Республики Казахстан от 26 декабря 2016 года № 688."
    [GeneratedRegex(@"^(?<kind>Приказ|Постановление|Указ|Распоряжение|Закон)\s+(?<issuer>.+?)\s+от\s+(?<day>[0-9]{1,2})\s+(?<month>\p{L}+)\s+(?<year>[0-9]{4})\s+года\s+№\s*(?<number>[\w\-/]+)", RegexOptions.IgnoreCase)]
    private static partial Regex RussianActLine();

    [GeneratedRegex(@"(?<=[іы])(?:нің|ның)$")]
    private static partial Regex GenitiveEnding();

    // "P1800000897.txt", "V1600014592.windows-1251.txt", "P1800000897_kk.pdf".
    [GeneratedRegex(@"^(?<id>[PVZKUG][0-9]{10})(?:[._\-]|$)")]
    private static partial Regex AdiletId();
}
