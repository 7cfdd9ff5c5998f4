using System.Text.RegularExpressions;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Citations;

/// <summary>
/// How Kazakh and Russian acts write a reference to another act. Kazakh puts the kind last, after
/// the issuer, the date and the number, with a quoted title before them all: "«… туралы» Қазақстан
/// Республикасы Қаржы министрінің 2016 жылғы 27 қаңтардағы № 30 бұйрығына". Russian puts the kind
/// first and the title last: "приказ Министра финансов Республики Казахстан от 27 января 2016 года
/// № 30 "Об утверждении …"". The publisher's notes write the date in figures: "ҚР 2004.12.20 N 13
/// Заңымен", "Законом РК от 05.07.2011 № 452-IV".
/// </summary>
public static partial class CitationPatterns
{
    public static IReadOnlyList<Match> All(string text)
    {
        if (!MayCite(text) || !KindWord().IsMatch(text)) return [];
        // Each pattern is run only on a text holding the words it cannot match without: a Kazakh date
        // says "жылғы", a Russian one "от", a date in figures is followed by its number ("№ 13", "N 13").
        var found = new List<Match>();
        if (text.Contains("жылғы", StringComparison.Ordinal)) found.AddRange(Kazakh().Matches(text));
        if (text.Contains("от", StringComparison.Ordinal)) found.AddRange(Russian().Matches(text));
        if (text.AsSpan().IndexOfAny('№', 'N') >= 0) found.AddRange(KazakhFigures().Matches(text));
        return found;
    }

    /// <summary>
    /// Whether a text may hold a reference at all: every reference is dated with its year in four
    /// figures. A roadmap's "Үкімет қаулысы" in the completion-form column names a kind and no date,
    /// and is passed by without running the patterns; most of its cells hold no four figures at all.
    /// </summary>
    public static bool MayCite(string text) => Year().IsMatch(text);

    [GeneratedRegex(@"[0-9]{4}")]
    private static partial Regex Year();

    // Every reference names a kind of act: a text with none of the words (most of a roadmap's
    // cells) is passed by without running the patterns, a ninth of a decree's conversion otherwise.
    [GeneratedRegex(@"заң|закон|кодекс|жарлы|указ|қаулы|постановлени|бұйры|приказ|шешім|решени|нұсқау|распоряжени", RegexOptions.IgnoreCase)]
    private static partial Regex KindWord();

    /// <summary>The kind of act a kind word names: "қаулысына" / "постановлением" → resolution.</summary>
    public static string? KindOf(string word)
    {
        var lower = word.ToLowerInvariant();
        return KindStems.FirstOrDefault(stem => lower.StartsWith(stem.Stem, StringComparison.Ordinal)).Kind;
    }

    private static readonly (string Stem, string Kind)[] KindStems =
    [
        ("заң", CitationKinds.Law), ("закон", CitationKinds.Law), ("конституциялық заң", CitationKinds.Law), ("конституционн", CitationKinds.Law),
        ("кодекс", CitationKinds.Code), ("жарлы", CitationKinds.Decree), ("указ", CitationKinds.Decree),
        ("қаулы", CitationKinds.Resolution), ("постановлени", CitationKinds.Resolution),
        ("бұйры", CitationKinds.Order), ("приказ", CitationKinds.Order),
        ("шешім", CitationKinds.Decision), ("решени", CitationKinds.Decision),
        ("нұсқау", CitationKinds.Instruction), ("распоряжени", CitationKinds.Instruction),
    ];

    private const string Title = @"[«""“](?<title>[^«»""“”]{3,500})[»""”]";
    private const string Number = @"(?:№|N)\s*(?<n>[0-9]{1,6}(?:-[IVXІ]{1,4}|-[0-9]{1,3})?)";
    private const string KazakhKind = @"(?<kind>(?:Конституциялық\s+)?[Зз]аң|[Кк]одекс|Жарлы|жарлы|қаулы|бұйры|шешім|нұсқау)\p{L}*";
    private const string RussianKind = @"(?<!\p{L})(?<kind>(?:[Кк]онституционн\p{L}*\s+)?[Зз]акон|[Кк]одекс|[Уу]каз|[Пп]остановлени|[Пп]риказ|[Рр]ешени|[Рр]аспоряжени)\p{L}*";

    // The state, then a body of it ("Қаржы министрінің") or one of its heads ("Үкіметінің"), or a head alone ("Үкіметтің").
    private const string State = @"(?:Қазақстан\s+Республикасы(?:ның)?|ҚР)";
    private const string Head = @"(?:Үкіметінің|Үкіметтің|Президентінің|Парламентінің)";
    private const string Body = @"(?:министрінің|Министрінің|министрлігінің|Төрағасының|төрағасының|әкімдігінің|мәслихатының|комитетінің|Комитетінің)";

    // «Title» [Қазақстан Республикасы(ның) [Body's]] 2016 жылғы 27 қаңтардағы [№ 30] [Қазақстан Республикасының] kind.
    [GeneratedRegex(@"(?:" + Title + @"\s+)?(?:(?<issuer>" + State + @"\s+(?:(?:\p{L}[\p{L}-]*\s+){0,6}?" + Body + @"\s+|" + Head + @"\s+)?|" + Head + @"\s+))?(?<y>[0-9]{4})\s*жылғы\s+(?<d>[0-9]{1,2})\s+(?<m>\p{L}+?)(?:дағы|дегі|тағы|тегі)(?:\s*" + Number + @")?\s+(?:(?<issuer>" + State + @")\s+)?" + KazakhKind)]
    private static partial Regex Kazakh();

    // kind [issuer] от 27 января 2016 года [№ 30] ["Title"]; the date in figures in notes.
    [GeneratedRegex(RussianKind + @"(?<issuer>(?:\s+(?!от\b)[\p{L}-]+){0,8}?)\s+от\s+(?:(?<d>[0-9]{1,2})\s+(?<m>\p{L}+)\s+(?<y>[0-9]{4})|(?<d>[0-9]{2})\.(?<mm>[0-9]{2})\.(?<y>[0-9]{4}))(?:\s*(?:года|г\.?))?(?:\s*" + Number + @")?(?:\s*" + Title + ")?")]
    private static partial Regex Russian();

    // ҚР 2004.12.20 N 13 … Заңымен: the kind follows the reference (after a bracket, or a list of
    // others whose dates' dots end no sentence: "ҚР 2004.12.20 N 13 (…), 2007.07.21 N 307 Заңдарымен").
    [GeneratedRegex(@"(?<issuer>ҚР\s+)?(?<y>[0-9]{4})\.(?<mm>[0-9]{2})\.(?<d>[0-9]{2})\.?\s*" + Number + @"(?=(?:[^.]|\.(?=[0-9]|\s*[N№])){0,200}?\s" + KazakhKind + ")")]
    private static partial Regex KazakhFigures();
}
