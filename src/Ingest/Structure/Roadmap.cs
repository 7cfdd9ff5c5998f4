using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure;

/// <summary>What the roadmap tables of a decree hold.</summary>
public sealed record Roadmap(IReadOnlyList<Section> Sections, IReadOnlyList<Measure> Measures, IReadOnlyList<TotalsRow> Totals);
