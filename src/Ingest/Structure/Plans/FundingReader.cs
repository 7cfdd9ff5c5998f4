using DecreeParser.Ingest.Repair;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>
/// Reads an item's money from its rows. With one financing cell, its text is read whole. With the
/// source apart from the amounts, each row that names a source starts a funding line (a measure
/// financed from two sources has a row for each, its other cells merged across them), and the rows
/// after it continue that line, so each amount is paid from the source of its own row. Year
/// columns give one amount a year per line, in million tenge whatever unit the header states.
/// </summary>
public sealed class FundingReader(FinancingParser parser, WarningLog warnings)
{
    /// <summary>
    /// The financing of the item made of <paramref name="parts"/>; <paramref name="merged"/> is those
    /// rows folded into one. A year's cell that holds neither a number nor a dash is warned, naming <paramref name="item"/>.
    /// </summary>
    public Financing Read(IReadOnlyList<TableRow> parts, TableRow merged, PlanColumns columns, string item)
    {
        if (columns.Financing.Count <= 1 && columns.Years.Count == 0) return parser.Parse(columns.FinancingText(merged));
        var lines = Lines(parts, columns);
        var readings = lines.Select(line => Read(line, columns, item)).ToList();
        var text = string.Join(" ", readings.Select(r => r.Text).Where(t => t.Length > 0));
        var sources = readings.SelectMany(r => r.Sources).Distinct().ToList();
        return FinancingParser.Typed(text, sources, readings.SelectMany(r => r.Amounts).ToList());
    }

    /// <summary>
    /// The rows of each funding line: a line starts at the first row and, where the source stands
    /// apart from the amounts, at each row whose source cell has its own text.
    /// </summary>
    public static IReadOnlyList<List<TableRow>> Lines(IReadOnlyList<TableRow> parts, PlanColumns columns)
    {
        var lines = new List<List<TableRow>>();
        var apart = columns.Financing.Count > 1 || columns.Years.Count > 0;
        foreach (var part in parts)
        {
            var startsLine = apart && columns[ColumnRole.FinancingSource] is { } column && part.Cells.ElementAtOrDefault(column) is { Covered: false, Text.Length: > 0 };
            if (lines.Count == 0 || startsLine) lines.Add([]);
            lines[^1].Add(part);
        }
        return lines;
    }

    /// <summary>The columns read line by line, kept apart when an item's rows are merged: money and budget programme.</summary>
    public static IReadOnlyCollection<int>? ApartColumns(IReadOnlyList<List<TableRow>> lines, PlanColumns columns) =>
        lines.Count < 2 ? null : [.. columns.MoneyColumns, .. columns[ColumnRole.BudgetProgramme] is { } programme ? [programme] : Array.Empty<int>()];

    /// <summary>The budget programme codes of an item's funding lines, each once: "001; 015".</summary>
    public static string? Programmes(IReadOnlyList<List<TableRow>> lines, PlanColumns columns)
    {
        if (columns[ColumnRole.BudgetProgramme] is not { } column) return null;
        var codes = lines.Select(line => RowMerger.Merge(line, log: null).CellText(column)).Where(text => text.Length > 0).Distinct().ToList();
        return codes.Count == 0 ? null : string.Join("; ", codes);
    }

    private Financing Read(List<TableRow> line, PlanColumns columns, string item)
    {
        var row = RowMerger.Merge(line, log: null);
        if (columns.Years.Count == 0) return parser.Parse(columns.FinancingText(row));
        var sourceText = columns[ColumnRole.FinancingSource] is { } column ? row.CellText(column) : "";
        var named = parser.Sources(sourceText).Select(s => s.Code).Distinct().ToList();
        var source = named.Count > 0 ? named[0] : sourceText.Length > 0 && !FinancingParser.IsFundingPhrase(sourceText) ? sourceText : null;
        var amounts = new List<Amount>();
        var written = new List<string>();
        foreach (var year in columns.Years)
        {
            var cell = row.CellText(year.Column);
            if (MoneyCell.IsNothing(cell)) continue;
            written.Add($"{columns.Header.Leaf(year.Column)} – {cell}");
            if (MoneyCell.Millions(cell, year.MillionsPerUnit) is { } millions) amounts.Add(new Amount(source, year.Year, millions));
            else if (!FinancingParser.IsFundingPhrase(cell))
            {
                warnings.Add(WarningCodes.UnreadFinancing, $"{item}: {year.Year} \"{cell}\" is not an amount; kept as text", row.Location.InColumn(year.Column + 1));
            }
        }
        var amountsText = columns[ColumnRole.FinancingAmount] is { } amountColumn ? row.CellText(amountColumn) : "";
        var text = string.Join("; ", new[] { sourceText, amountsText }.Concat(written).Where(t => t.Length > 0));
        return new Financing(text, null, false, source is null ? named : [source, .. named.Skip(1)], amounts);
    }
}
