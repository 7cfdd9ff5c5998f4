using System.Text.RegularExpressions;
using DecreeParser.Ingest.Repair;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;
using DecreeParser.Model.Text;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Reads the roadmap tables of a decree into sections, typed measures and totals. A roadmap starts
/// at a table whose header names its columns (see <see cref="RoadmapColumns"/>) and runs on through
/// further tables and section headings — a section may be a heading between tables or a row of its
/// own, bold or plain — until a paragraph or another heading ends it.
/// </summary>
public sealed partial class RoadmapBuilder(
    string? decreeId,
    FinancingParser financing,
    ResponsibleParser responsible,
    RepairLog repairs,
    WarningLog warnings)
{
    private readonly List<Section> _sections = [];
    private readonly List<Measure> _measures = [];
    private readonly List<TotalsRow> _totals = [];
    private readonly List<RoadmapRows> _rows = [];
    private RoadmapColumns? _columns;

    public Roadmap Build(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case TableBlock table:
                    AcceptTable(table);
                    break;
                case HeadingBlock heading when _columns is not null:
                    if (SectionHeading.TryParse(heading.Text, out var value, out var title)) AddSection(value, title, heading.Location);
                    else Finish();
                    break;
                case ParagraphBlock when _columns is not null:
                    Finish();
                    break;
            }
        }
        Finish();
        return new Roadmap(_sections, _measures, _totals);
    }

    private void AcceptTable(TableBlock table)
    {
        var rows = table.Rows.AsEnumerable();
        if (table.Rows.Count > 0 && RoadmapColumns.FromHeader(table.Rows[0]) is { } header)
        {
            Finish();
            _columns = header;
            rows = rows.Skip(1);
        }
        if (_columns is null) return;
        foreach (var row in rows) AcceptRow(row, _columns);
    }

    private void AcceptRow(TableRow row, RoadmapColumns columns)
    {
        var filled = row.Cells.Where(cell => cell.Text.Length > 0).ToList();
        var numberCell = row.CellText(columns.Number);
        if (filled.Count == 0) return;
        if (filled.Count == 1 && SectionHeading.TryParse(filled[0].Text, out var value, out var title))
        {
            AddSection(value, title, row.Location);
        }
        else if (row.Cells.ElementAtOrDefault(columns.Number) is { Covered: true } && _rows.Count > 0)
        {
            // The number cell is merged down over this row: the row is more of the same measure.
            _rows[^1].Parts.Add(row);
        }
        else if (PreviousNumber is { } previous && MeasureNumber.Misread(numberCell, previous) is { } mended)
        {
            repairs.Record(RepairKinds.OcrMeasureNumber, numberCell, mended, row.Location.InColumn(columns.Number + 1));
            _rows.Add(new RoadmapRows(row, mended, CurrentSection));
        }
        else if (MeasureNumber.TryParse(numberCell, out var number))
        {
            _rows.Add(new RoadmapRows(row, number, CurrentSection));
        }
        else if (TotalsLabel().IsMatch(numberCell) || TotalsLabel().IsMatch(row.CellText(columns.Title)))
        {
            _rows.Add(new RoadmapRows(row, number: null, CurrentSection));
        }
        else if (numberCell.Length == 0 && _rows.Count > 0)
        {
            _rows[^1].Parts.Add(row);
        }
        else
        {
            warnings.Add(WarningCodes.UnrecognisedRow, $"row left out: neither a measure, a section nor a totals row: \"{TableRowRepairs.RowText(row)}\"", row.Location);
        }
    }

    private int? CurrentSection => _sections.Count == 0 ? null : _sections[^1].Order;

    private string? PreviousNumber => _rows.LastOrDefault(rows => !rows.IsTotals)?.Number;

    private void AddSection(int value, string title, Model.SourceLocation location)
    {
        var order = _sections.Count + 1;
        if (value != order)
        {
            warnings.Add(WarningCodes.SectionNumbering, $"section {RomanNumeral.ToLatin(value)} stands in place {order}", location);
        }
        _sections.Add(new Section(RomanNumeral.ToLatin(value), order, title, location));
    }

    /// <summary>Turns the rows gathered since the header into measures and totals, and checks them.</summary>
    private void Finish()
    {
        if (_columns is not { } columns || _rows.Count == 0)
        {
            _columns = null;
            return;
        }
        var lostLabelTotals = SplitLostLabelTotals(columns);
        var measures = _rows.Where(rows => !rows.IsTotals)
            .Select(rows => BuildMeasure(RowMerger.Merge(rows.Parts, repairs), rows.Number!, rows.Section, columns))
            .ToList();
        var expected = AmountTotals.Expected(measures.Select(m => (m.Number, m.Financing.Amounts)).ToList());
        foreach (var totals in _rows.Where(rows => rows.IsTotals))
        {
            AddTotals(RowMerger.Merge(totals.Parts, repairs), labelled: true, expected, columns);
        }
        if (lostLabelTotals is not null) AddTotals(RowMerger.Merge(lostLabelTotals, repairs), labelled: false, expected, columns);
        NumberingChecker.Check(measures, warnings);
        _measures.AddRange(measures);
        _rows.Clear();
        _columns = null;
    }

    /// <summary>
    /// A totals row whose label was lost reaches us as rows with an empty number cell after the last
    /// measure, filling only the financing column. Those rows are a totals row, not part of the
    /// measure, when their amounts are exactly what the measures add up to without them.
    /// </summary>
    private List<TableRow>? SplitLostLabelTotals(RoadmapColumns columns)
    {
        var last = _rows[^1];
        if (columns.Financing.Count == 0 || last.IsTotals) return null;
        var start = last.Parts.Count;
        while (start > 1 && OnlyIn(last.Parts[start - 1], columns.Financing)) start--;
        for (var split = start; split < last.Parts.Count; split++)
        {
            var tail = last.Parts[split..];
            var stated = financing.Parse(columns.FinancingText(RowMerger.Merge(tail, log: null))).Amounts;
            if (stated.Count == 0) continue;
            var measures = _rows.Where(rows => !rows.IsTotals).Select(rows =>
            {
                var parts = rows == last ? rows.Parts[..split] : rows.Parts;
                var row = RowMerger.Merge(parts, log: null);
                return (rows.Number!, financing.Parse(columns.FinancingText(row)).Amounts);
            }).ToList();
            if (!AmountTotals.Matches(stated, AmountTotals.Expected(measures))) continue;
            last.Parts.RemoveRange(split, tail.Count);
            return tail;
        }
        return null;
    }

    private static bool OnlyIn(TableRow row, IReadOnlyList<int> columns) =>
        row.Cells.Select((cell, index) => (cell, index)).All(c => c.cell.Text.Length == 0 || columns.Contains(c.index));

    private void AddTotals(TableRow row, bool labelled, IReadOnlyList<Amount> expected, RoadmapColumns columns)
    {
        var text = columns.Financing.Count > 0 ? columns.FinancingText(row) : TableRowRepairs.RowText(row);
        var stated = financing.Parse(text).Amounts;
        var matches = AmountTotals.Matches(stated, expected);
        if (!matches)
        {
            var want = string.Join("; ", expected.Select(a => $"{a.Source} {a.Year}: {a.MillionTenge}"));
            warnings.Add(WarningCodes.TotalsMismatch, $"the totals row does not equal the sum of the measures' amounts ({want})", row.Location);
        }
        _totals.Add(new TotalsRow(text, labelled, stated, expected, matches, row.Location));
    }

    private Measure BuildMeasure(TableRow row, string number, int? section, RoadmapColumns columns)
    {
        string Warned(string text, int? column, string name)
        {
            if (column is { } index && text.Length == 0) warnings.Add(WarningCodes.EmptyCell, $"measure {number}: the {name} cell is empty", row.Location.InColumn(index + 1));
            return text;
        }
        string Cell(int? column, string name) => Warned(column is { } index ? row.CellText(index) : "", column, name);
        var title = Cell(columns.Title, "title");
        var form = Cell(columns.CompletionForm, "completion form");
        var deadline = DeadlineParser.Parse(Cell(columns.Deadline, "deadline"));
        if (deadline.Kind == DeadlineKind.Unknown && deadline.Text.Length > 0)
        {
            warnings.Add(WarningCodes.UnknownDeadline, $"measure {number}: deadline \"{deadline.Text}\" is not a known form; kept as text", row.Location.InColumn(columns.Deadline + 1));
        }
        var responsibleText = Cell(columns.Responsible, "responsible");
        var financingColumn = columns.Financing.Count > 0 ? columns.Financing[0] : (int?)null;
        var funding = financing.Parse(Warned(columns.FinancingText(row), financingColumn, "financing"));
        if (funding.Required is null && funding.Text.Length > 0)
        {
            warnings.Add(WarningCodes.UnreadFinancing, $"measure {number}: financing \"{funding.Text}\" names no source, amount or requirement", row.Location.InColumn(financingColumn!.Value + 1));
        }
        return new Measure
        {
            Id = $"{decreeId ?? "unknown"}/{number}",
            Number = number,
            Parent = MeasureNumber.Parent(number),
            Section = section,
            Title = title,
            CompletionForm = form.Length == 0 ? null : form,
            Deadline = deadline,
            Responsible = responsible.Parse(responsibleText, row.Location.InColumn(columns.Responsible + 1)),
            Financing = funding,
            Location = row.Location,
        };
    }

    [GeneratedRegex(@"^(?:барлығы|жиыны|барлық|итого|всего)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TotalsLabel();
}
