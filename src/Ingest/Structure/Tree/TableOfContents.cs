using System.Text.RegularExpressions;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Tree;

/// <summary>
/// A law that opens with its table of contents names every chapter and article twice. The contents
/// start at the first division whose number comes again later ("1-тарау", "Статья 1"), taking in
/// the lines just before it that title or number them ("Оглавление", "1. ОБЩИЕ ПОЛОЖЕНИЯ"); they
/// run while the paragraphs are divisions or short lines (a heading wrapped onto a second line) and
/// end before the division comes again or before a note or a long paragraph, short lines at their
/// end (the act's title) given back. With fewer than three divisions it is no table of contents.
/// </summary>
public static partial class TableOfContents
{
    private const int MinEntries = 3;
    private const int MaxLineLength = 120;

    /// <summary>The index range [start, end) of the contents among <paramref name="texts"/>; null when there are none.</summary>
    public static (int Start, int End)? Find(IReadOnlyList<string?> texts)
    {
        var starts = texts.Select(text => text is null ? null : UnitMarker.Read(text)).ToList();
        var first = Enumerable.Range(0, starts.Count).FirstOrDefault(i => IsDivision(starts[i]) && Recurs(starts, i), -1);
        if (first < 0) return null;
        var start = first;
        while (start > 0 && (starts[start - 1] is not null || Title().IsMatch(texts[start - 1] ?? ""))) start--;
        var end = first + 1;
        while (end < texts.Count && !SameAs(starts[end], starts[first]) && (IsDivision(starts[end]) || IsShortLine(texts[end]))) end++;
        while (end > first && !IsDivision(starts[end - 1])) end--;
        return starts.Skip(start).Take(end - start).Count(IsDivision) >= MinEntries ? (start, end) : null;
    }

    private static bool IsDivision(UnitStart? start) => start is not null && UnitKinds.IsDivision(start.Kind) && start.Text is null;

    private static bool Recurs(List<UnitStart?> starts, int index) => starts.Skip(index + 1).Any(other => SameAs(other, starts[index]));

    private static bool SameAs(UnitStart? a, UnitStart? b) => a is not null && b is not null && a.Kind == b.Kind && a.Number == b.Number;

    private static bool IsShortLine(string? text) => text is not null && text.Length <= MaxLineLength && !PublisherNote.Is(text);

    [GeneratedRegex(@"^(?:Оглавление|Содержание|Мазмұны)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Title();
}
