namespace DecreeParser.Cli.Export;

/// <summary>
/// Which of several converted copies of one decree in one language the dataset keeps, in order:
/// (1) text over OCR — the copy with fewer pages read by OCR; (2) the newest status — the copy whose
/// publisher's status is further along (lost force, amended, in force, not yet in force, none);
/// (3) the newest edition — the latest date in its amendment notes; (4) the format that carries most
/// (html, docx, a text dump, pdf — rebuilt from positioned words —, then formats converted through LibreOffice); (5) the file name, so the choice never depends on the order
/// files were read.
/// </summary>
public static class DuplicateRule
{
    private static readonly string[] FormatOrder = ["html", "docx", "text", "pdf"];

    public static (ExportCandidate Kept, IReadOnlyList<(ExportCandidate Dropped, string Reason)> Dropped) Choose(IReadOnlyList<ExportCandidate> copies)
    {
        var ranked = copies
            .OrderBy(c => c.OcrPages)
            .ThenByDescending(c => c.StatusRank)
            .ThenByDescending(c => c.LatestNote ?? DateOnly.MinValue)
            .ThenBy(c => FormatRank(c.Format))
            .ThenBy(c => c.File, StringComparer.Ordinal)
            .ToList();
        var kept = ranked[0];
        return (kept, ranked.Skip(1).Select(dropped => (dropped, Reason(kept, dropped))).ToList());
    }

    private static int FormatRank(string format) => Array.IndexOf(FormatOrder, format) is var i and >= 0 ? i : FormatOrder.Length;

    private static string Reason(ExportCandidate kept, ExportCandidate dropped) =>
        kept.OcrPages < dropped.OcrPages ? $"read by OCR ({dropped.OcrPages} pages) where the kept copy has text"
        : kept.StatusRank > dropped.StatusRank ? "an older status than the kept copy's"
        : (kept.LatestNote ?? DateOnly.MinValue) > (dropped.LatestNote ?? DateOnly.MinValue) ? "an older edition (its latest amendment note is earlier)"
        : FormatRank(kept.Format) < FormatRank(dropped.Format) ? $"{dropped.Format}, where the kept copy is {kept.Format}"
        : "the same in every respect; the first by file name is kept";
}
