using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>
/// The physical rows that make one item of a plan: a measure or indicator (with its
/// <see cref="Number"/>) or a totals row (no number), then the rows that continue it — rows whose
/// number cell is empty or merged down from the first, such as one row per financing source.
/// </summary>
public sealed class ItemRows(TableRow first, string? number, int? section, string? label = null)
{
    public List<TableRow> Parts { get; } = [first];

    public string? Number { get; } = number;

    /// <summary>The innermost group open where the item starts.</summary>
    public int? Section { get; } = section;

    /// <summary>A totals row's label as written ("Барлығы", "1-бағыт бойынша барлығы"); null for a measure or a label lost.</summary>
    public string? Label { get; } = label;

    public bool IsTotals => Number is null;
}
