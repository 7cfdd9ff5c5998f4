using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>What the plans of a decree hold, and which table rows were read as their headers.</summary>
public sealed record PlanContent(
    IReadOnlyList<Plan> Plans,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Measure> Measures,
    IReadOnlyList<TotalsRow> Totals,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlySet<TableRow> HeaderRows);
