using DecreeParser.Ingest.Repair;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>
/// Turns the rows of one measure into a typed <see cref="Measure"/>: its cells folded together, the
/// deadline as a period, the responsible bodies resolved through the glossary, the financing by
/// source and year, and the columns no role claims kept under their headers. Empty cells of known
/// columns and values that cannot be read are warned by measure and column.
/// </summary>
public sealed class MeasureReader(FundingReader funding, ResponsibleParser responsible, RepairLog repairs, WarningLog warnings)
{
    // A plan gives its measures a few deadlines over and over ("2019 жылғы ІІ тоқсан"): each is read once a decree.
    private readonly Dictionary<string, Deadline> _deadlines = new(StringComparer.Ordinal);

    public Measure Read(ItemRows rows, PlanColumns columns, int plan, string id)
    {
        var lines = FundingReader.Lines(rows.Parts, columns);
        var row = RowMerger.Merge(rows.Parts, repairs, FundingReader.ApartColumns(lines, columns));
        var number = rows.Number!;
        string Warned(string text, int? column, string name)
        {
            if (column is { } index && text.Length == 0) warnings.Add(WarningCodes.EmptyCell, $"measure {number}: the {name} cell is empty", row.Location.InColumn(index + 1));
            return text;
        }
        string Cell(ColumnRole role, string name) => columns[role] is { } index ? Warned(row.CellText(index), index, name) : "";
        string? Optional(ColumnRole role) => columns[role] is { } index && row.CellText(index) is { Length: > 0 } text ? text : null;

        var title = Warned(row.CellText(columns.Title), columns.Title, "title");
        var form = Cell(ColumnRole.CompletionForm, "completion form");
        var deadlineColumn = columns[ColumnRole.Deadline]!.Value;
        var deadlineText = Cell(ColumnRole.Deadline, "deadline");
        if (!_deadlines.TryGetValue(deadlineText, out var deadline)) _deadlines[deadlineText] = deadline = DeadlineParser.Parse(deadlineText);
        if (deadline.Kind == DeadlineKind.Unknown && deadline.Text.Length > 0)
        {
            warnings.Add(WarningCodes.UnknownDeadline, $"measure {number}: deadline \"{deadline.Text}\" is not a known form; kept as text", row.Location.InColumn(deadlineColumn + 1));
        }
        var responsibleColumn = columns[ColumnRole.Responsible]!.Value;
        var responsibleText = Cell(ColumnRole.Responsible, "responsible");
        var financing = funding.Read(rows.Parts, row, columns, $"measure {number}");
        var financingColumn = columns.Financing.Count > 0 ? columns.Financing[0] : columns.Years.Count > 0 ? columns.Years[0].Column : (int?)null;
        Warned(financing.Text, financingColumn, "financing");
        if (financing.Required is null && financing.Text.Length > 0)
        {
            warnings.Add(WarningCodes.UnreadFinancing, $"measure {number}: financing \"{financing.Text}\" names no source, amount or requirement", row.Location.InColumn(financingColumn!.Value + 1));
        }
        // Parsed last, as its warnings (an abbreviation the glossary lacks) come after the cells' own.
        var parties = responsible.Parse(responsibleText, row.Location.InColumn(responsibleColumn + 1));
        return new Measure
        {
            Id = id,
            Number = number,
            Parent = MeasureNumber.Parent(number),
            Plan = plan,
            Section = rows.Section,
            Title = title,
            Unit = Optional(ColumnRole.Unit),
            CompletionForm = form.Length == 0 ? null : form,
            Deadline = deadline,
            Responsible = parties,
            Financing = financing,
            BudgetProgramme = FundingReader.Programmes(lines, columns),
            Extra = Extras(row, columns),
            Location = row.Location,
        };
    }

    /// <summary>The texts of the columns no role claims, by header in column order; null when the plan has none.</summary>
    public static IReadOnlyDictionary<string, string>? Extras(TableRow row, PlanColumns columns)
    {
        if (columns.Extras.Count == 0) return null;
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, header) in columns.Extras)
        {
            var text = row.CellText(column);
            if (text.Length == 0) continue;
            extra[header] = extra.TryGetValue(header, out var before) ? $"{before} {text}" : text;
        }
        return extra;
    }
}
