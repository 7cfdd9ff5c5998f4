namespace DecreeParser.Model.Decrees;

/// <summary>
/// The repairs made inside one measure's row: in a table read with rows (HTML, DOCX, PDF) those of
/// its table and row; in a text dump those from its line up to the next measure's.
/// </summary>
public static class MeasureRepairs
{
    public static IReadOnlyList<Repair> Of(Decree decree, Measure measure)
    {
        var at = measure.Location;
        if (at.Table is { } table && at.Row is { } row)
        {
            return [.. decree.Repairs.Where(r => r.Location.Table == table && r.Location.Row == row)];
        }
        if (at.Line is not { } first) return [];
        var next = decree.Measures.Select(m => m.Location.Line).Where(line => line > first).Min();
        var last = at.EndLine ?? next - 1 ?? int.MaxValue;
        return [.. decree.Repairs.Where(r => r.Location.Line is { } line && first <= line && line <= last)];
    }
}
