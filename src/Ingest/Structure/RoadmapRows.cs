using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// The physical rows that make one logical roadmap row: a measure (with its <see cref="Number"/>) or
/// a totals row (no number), then the rows that continue it (their number cell is empty).
/// </summary>
public sealed class RoadmapRows(TableRow first, string? number, int? section)
{
    public List<TableRow> Parts { get; } = [first];

    public string? Number { get; } = number;

    public int? Section { get; } = section;

    public bool IsTotals => Number is null;
}
