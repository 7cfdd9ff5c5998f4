using DecreeParser.Ingest.Repair;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>
/// Turns the rows of one target indicator into an <see cref="Indicator"/>: name, unit, information
/// source, responsible bodies, and for each year column the value as a number when the cell holds
/// one (a decimal comma read, a percent sign dropped) beside the cell as written.
/// </summary>
public sealed class IndicatorReader(ResponsibleParser responsible, RepairLog repairs, WarningLog warnings)
{
    public Indicator Read(ItemRows rows, PlanColumns columns, int plan, string id)
    {
        var row = RowMerger.Merge(rows.Parts, repairs);
        var number = rows.Number!;
        string? Optional(ColumnRole role) => columns[role] is { } index && row.CellText(index) is { Length: > 0 } text ? text : null;
        var name = row.CellText(columns.Title);
        if (name.Length == 0) warnings.Add(WarningCodes.EmptyCell, $"indicator {number}: the name cell is empty", row.Location.InColumn(columns.Title + 1));
        var values = new List<IndicatorValue>();
        foreach (var year in columns.Years)
        {
            var text = row.CellText(year.Column);
            if (text.Length == 0) continue;
            var value = MoneyCell.Number(text);
            if (value is null && !MoneyCell.IsNothing(text))
            {
                warnings.Add(WarningCodes.UnreadValue, $"indicator {number}: {year.Year} \"{text}\" is not a number; kept as text", row.Location.InColumn(year.Column + 1));
            }
            values.Add(new IndicatorValue(year.Year, value, text));
        }
        var parties = columns[ColumnRole.Responsible] is { } column && row.CellText(column) is { Length: > 0 } cell
            ? responsible.Parse(cell, row.Location.InColumn(column + 1))
            : [];
        return new Indicator
        {
            Id = id,
            Plan = plan,
            Number = number,
            Name = name,
            Unit = Optional(ColumnRole.Unit),
            Source = Optional(ColumnRole.InformationSource),
            Responsible = parties,
            Values = values,
            Section = rows.Section,
            Location = row.Location,
        };
    }
}
