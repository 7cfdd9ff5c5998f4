using DecreeParser.Ingest.Repair;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>
/// Reads the plans of a decree — roadmaps, action plans, targets tables — into groups, typed
/// measures, totals and indicators. A plan starts at a table whose header names its columns (see
/// <see cref="PlanColumns"/>) and runs on through further tables (a table with the same header, or
/// none, continues it) and group headings between them, until a paragraph or another heading ends
/// it. The heading over a table is its title; an appendix label before it ("2-қосымша") is noted.
/// The stages are small and apart: header → <see cref="PlanColumns"/>, rows → <see cref="PlanRows"/>,
/// groups → <see cref="GroupTree"/>, cells → <see cref="MeasureReader"/>, <see cref="IndicatorReader"/>,
/// <see cref="TotalsReader"/>.
/// </summary>
public sealed class PlanReader
{
    private const int MaxCaptionLength = 300;

    private readonly string? _decreeId;
    private readonly WarningLog _warnings;
    private readonly GroupTree _groups;
    private readonly MeasureReader _measures;
    private readonly IndicatorReader _indicators;
    private readonly TotalsReader _totals;
    private readonly RepairLog _repairs;
    private readonly List<Plan> _plans = [];
    private readonly List<Measure> _measureList = [];
    private readonly List<TotalsRow> _totalsList = [];
    private readonly List<Indicator> _indicatorList = [];
    private readonly HashSet<TableRow> _headerRows = new(ReferenceEqualityComparer.Instance);
    private PlanRows? _current;
    private string? _caption;
    private string? _appendix;
    private int _tables;

    public PlanReader(string? decreeId, FinancingParser financing, ResponsibleParser responsible, RepairLog repairs, WarningLog warnings)
    {
        _decreeId = decreeId;
        _repairs = repairs;
        _warnings = warnings;
        _groups = new GroupTree(warnings);
        var funding = new FundingReader(financing, warnings);
        _measures = new MeasureReader(funding, responsible, repairs, warnings);
        _indicators = new IndicatorReader(responsible, repairs, warnings);
        _totals = new TotalsReader(financing, funding, _groups, repairs, warnings);
    }

    public PlanContent Read(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case TableBlock table:
                    _tables++;
                    AcceptTable(table);
                    break;
                case HeadingBlock heading when _current is not null && GroupHeading.TryParse(heading.Text, out var group):
                    _current.AddGroup(group, heading.Location);
                    break;
                case HeadingBlock or ParagraphBlock:
                    Finish();
                    Note(block is HeadingBlock h ? h.Text : ((ParagraphBlock)block).Text);
                    break;
            }
        }
        Finish();
        return new PlanContent(_plans, _groups.Sections, _measureList, _totalsList, _indicatorList, _headerRows);
    }

    /// <summary>Remembers what stands over the next table: its caption, and the appendix it opens.</summary>
    private void Note(string text)
    {
        if (AppendixLabel.Find(text) is { } appendix)
        {
            // The label of an appendix is not the title of what it holds: that comes after it.
            _appendix = appendix;
            _caption = null;
        }
        else
        {
            _caption = text.Length <= MaxCaptionLength ? text : null;
        }
    }

    private void AcceptTable(TableBlock table)
    {
        var rows = table.Rows.AsEnumerable();
        if (PlanColumns.Read(table.Rows, _caption) is { } columns)
        {
            if (_current is null || !_current.Columns.SameAs(columns))
            {
                Finish();
                Start(columns, table);
            }
            rows = rows.Skip(columns.Header.RowCount);
            _headerRows.UnionWith(columns.Header.Rows);
        }
        if (_current is null) return;
        foreach (var row in rows) _current.Accept(row);
    }

    private void Start(PlanColumns columns, TableBlock table)
    {
        var order = _plans.Count + 1;
        _plans.Add(new Plan
        {
            Order = order,
            Kind = columns.Kind,
            Title = _caption,
            Appendix = _appendix,
            Table = _tables,
            Columns = columns.Described,
            Location = table.Location,
        });
        foreach (var (column, header) in columns.Extras)
        {
            _warnings.Add(WarningCodes.UnknownColumn, $"column \"{header}\" names no known role; kept per item as extra", table.Location.InColumn(column + 1));
        }
        _groups.StartPlan(order);
        _current = new PlanRows(columns, _groups, _repairs, _warnings, _headerRows);
        _caption = null;
    }

    /// <summary>Turns the rows gathered since the plan's header into measures or indicators and totals, and checks them.</summary>
    private void Finish()
    {
        if (_current is not { } plan) return;
        _current = null;
        var order = _plans.Count;
        if (plan.Items.Count == 0) return;
        if (plan.Columns.Kind == PlanKinds.Indicators)
        {
            var indicators = plan.Items.Where(rows => !rows.IsTotals).Select(rows => _indicators.Read(rows, plan.Columns, order, Id(order, rows.Number!))).ToList();
            NumberingChecker.Check(indicators.Select(i => (i.Number, i.Location)), "indicator", _warnings);
            _indicatorList.AddRange(indicators);
            return;
        }
        // The last item is read once a lost totals label has been cut from it, against the measures before it.
        var last = plan.Items[^1];
        var measures = plan.Items.Where(rows => !rows.IsTotals && rows != last).Select(rows => _measures.Read(rows, plan.Columns, order, Id(order, rows.Number!))).ToList();
        var lostLabel = _totals.SplitLostLabel(plan.Items, plan.Columns, measures);
        if (!last.IsTotals) measures.Add(_measures.Read(last, plan.Columns, order, Id(order, last.Number!)));
        foreach (var totals in plan.Items.Where(rows => rows.IsTotals))
        {
            _totalsList.Add(_totals.Read(totals, labelled: true, measures, plan.Columns, order));
        }
        if (lostLabel is not null) _totalsList.Add(_totals.Read(lostLabel, labelled: false, measures, plan.Columns, order));
        NumberingChecker.Check(measures.Select(m => (m.Number, m.Location)), "measure", _warnings);
        _measureList.AddRange(measures);
    }

    private string Id(int plan, string number) => DecreeKey.Item(_decreeId ?? "unknown", plan, number);
}
