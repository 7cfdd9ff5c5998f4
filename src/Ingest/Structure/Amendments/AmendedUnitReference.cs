using System.Text.RegularExpressions;

namespace DecreeParser.Ingest.Structure.Amendments;

/// <summary>
/// The unit an instruction names, read into the parts of an eId: an article ("статьи 3-1",
/// "3-1-баптың", "5 және 6-баптар"), a point ("пункта 2", "2-тармағының") and a subpoint ("подпункт
/// 5)", "2) және 3) тармақшалары": the first of a list), or the title ("заголовок", "тақырыбы"). Units
/// an insertion adds ("подпунктами 1-1), 4-1)", "1-1 және 1-2-баптармен") are not the unit amended.
/// A line that only names a unit ("в статье 1:", "1-бапта:", "3) тармақшада:") sets the unit the lines
/// after it speak of; a line's own parts win over it, and a subpoint is never carried to another line.
/// </summary>
public sealed partial record AmendedUnitReference(Part? Article, Part? Point, Part? Subpoint, Part? Title)
{
    public static readonly AmendedUnitReference None = new(null, null, null, null);

    public static AmendedUnitReference Read(string text) =>
        new(Part.Of(ArticleWords(), text), Part.Of(PointWords(), text), Part.Of(SubpointWords(), text), Part.Of(TitleWord(), text));

    public bool IsEmpty => Article is null && Point is null && Subpoint is null && Title is null;

    /// <summary>This reference, the article and point it lacks taken from <paramref name="context"/> (the unit an earlier line set).</summary>
    public AmendedUnitReference Within(AmendedUnitReference context) => Article is not null
        ? this
        : this with { Article = context.Article, Point = Point ?? context.Point, Subpoint = Subpoint ?? (Point is null ? context.Subpoint : null) };

    /// <summary>The reference as written, its parts from the article down; null when it names nothing.</summary>
    public string? Written => IsEmpty ? null : string.Join(" ", new[] { Article, Point, Subpoint, Title }.OfType<Part>().Select(p => p.Words));

    /// <summary>"art_3-1__para_2__point_5"; "title"; null when the reference names nothing.</summary>
    public string? EId()
    {
        var parts = new[] { ("art", Article), ("para", Point), ("point", Subpoint) }.Where(p => p.Item2 is not null).Select(p => $"{p.Item1}_{p.Item2!.Number}").ToList();
        if (Title is not null && parts.Count == 0) return "title";
        return parts.Count == 0 ? null : string.Join("__", parts);
    }

    private const string Number = @"[0-9]{1,3}(?:-[0-9]{1,3})?";
    private const string ListedAfter = @"(?:(?:\s*,\s*|\s+(?:және|и)\s+)" + Number + @"\)?)*";

    [GeneratedRegex(@"(?<!\p{L})стать(?:я|и|е|ю|ей|ях)\s+(?<n>" + Number + ")" + ListedAfter + @"|(?<n>" + Number + ")" + ListedAfter + @"-бап(?!\p{L}*мен)\p{L}*", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleWords();

    [GeneratedRegex(@"(?<!\p{L})пункт(?:а|е|ом|ы|ов)?\s+(?<n>" + Number + @")(?![0-9)])|(?<n>" + Number + @")-тарма[қғ](?!\p{L}*мен)\p{L}*", RegexOptions.IgnoreCase)]
    private static partial Regex PointWords();

    [GeneratedRegex(@"подпункт(?:а|е|ом|ы|ов)?\s+(?<n>" + Number + @")\)" + ListedAfter + @"|(?<n>" + Number + @")\)" + ListedAfter + @"\s+тармақша(?!\p{L}*мен)\p{L}*", RegexOptions.IgnoreCase)]
    private static partial Regex SubpointWords();

    [GeneratedRegex(@"(?<!\p{L})(?:заголов\p{L}*|тақырыб\p{L}*)", RegexOptions.IgnoreCase)]
    private static partial Regex TitleWord();
}

/// <summary>One part of a reference: the number it names and the words that name it.</summary>
public sealed record Part(string Number, string Words)
{
    public static Part? Of(Regex pattern, string text) => pattern.Match(text) is { Success: true } match ? new Part(match.Groups["n"].Value, match.Value.Trim()) : null;
}
