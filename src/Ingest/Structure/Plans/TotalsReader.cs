using DecreeParser.Ingest.Repair;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>
/// Reads a plan's totals rows and checks each against the sums of the measures' amounts. A row may
/// total the whole plan or one group ("1-бағыт бойынша барлығы", or a plain "Барлығы" closing a
/// group's measures): the whole plan is tried first, then the group the label names, then each
/// group the row stands in, innermost first; the first whose sums the row states is its scope.
/// A row that states none of them is kept with a warning against the whole plan (or the group its
/// label names).
/// </summary>
public sealed class TotalsReader(FinancingParser parser, FundingReader funding, GroupTree groups, RepairLog repairs, WarningLog warnings)
{
    // Trying where a lost label's rows begin reads amounts many times over: warn none of those readings.
    private readonly FundingReader _trial = new(parser, new WarningLog());

    public TotalsRow Read(ItemRows rows, bool labelled, IReadOnlyList<Measure> measures, PlanColumns columns, int plan)
    {
        var row = RowMerger.Merge(rows.Parts, repairs, FundingReader.ApartColumns(FundingReader.Lines(rows.Parts, columns), columns));
        var financing = columns.Financing.Count == 0 && columns.Years.Count == 0
            ? parser.Parse(TableRowRepairs.RowText(row))
            : funding.Read(rows.Parts, row, columns, "totals");
        var stated = financing.Amounts;
        var named = rows.Label is { } label && TotalsLabel.Group(label) is { } group
            ? groups.Sections.LastOrDefault(s => s.Plan == plan && s.Numeral == group.Numeral && s.Kind == group.Kind)?.Order
            : null;
        var scopes = new List<int?>();
        if (named is not null) scopes.Add(named);
        scopes.Add(null);
        scopes.AddRange(groups.WithAncestors(rows.Section).Select(s => (int?)s.Order));
        var scope = scopes.FirstOrDefault(s => AmountTotals.Matches(stated, Expected(measures, s)), named);
        var expected = Expected(measures, scope);
        var matches = AmountTotals.Matches(stated, expected);
        if (!matches)
        {
            var want = string.Join("; ", expected.Select(a => $"{a.Source} {a.Year}: {a.MillionTenge}"));
            warnings.Add(WarningCodes.TotalsMismatch, $"the totals row does not equal the sum of the measures' amounts ({want})", row.Location);
        }
        return new TotalsRow(financing.Text, labelled, stated, expected, matches, row.Location) { Plan = plan, Section = scope };
    }

    /// <summary>
    /// A totals row whose label was lost reaches us as rows with an empty number cell after the last
    /// measure, filling only the money columns. Those rows are a totals row, not part of the
    /// measure, when their amounts are exactly what the measures add up to without them: they are
    /// cut from the last item and returned.
    /// </summary>
    /// <param name="items">The plan's items, the last of them the one a lost label's rows would end.</param>
    /// <param name="columns">The plan's columns.</param>
    /// <param name="others">The measures before the last item, read.</param>
    public ItemRows? SplitLostLabel(List<ItemRows> items, PlanColumns columns, IReadOnlyList<Measure> others)
    {
        var last = items[^1];
        var money = columns.MoneyColumns.ToList();
        if (money.Count == 0 || last.IsTotals) return null;
        var start = last.Parts.Count;
        while (start > 1 && OnlyIn(last.Parts[start - 1], money)) start--;
        if (start == last.Parts.Count) return null;
        for (var split = start; split < last.Parts.Count; split++)
        {
            var tail = last.Parts[split..];
            var stated = Amounts(tail, columns);
            if (stated.Count == 0) continue;
            var measures = others.Select(m => (m.Number, m.Financing.Amounts)).Append((last.Number!, Amounts(last.Parts[..split], columns))).ToList();
            if (!AmountTotals.Matches(stated, AmountTotals.Expected(measures))) continue;
            last.Parts.RemoveRange(split, tail.Count);
            var totals = new ItemRows(tail[0], number: null, last.Section);
            totals.Parts.AddRange(tail.Skip(1));
            return totals;
        }
        return null;
    }

    private IReadOnlyList<Amount> Amounts(List<TableRow> parts, PlanColumns columns) =>
        _trial.Read(parts, RowMerger.Merge(parts, log: null), columns, "totals").Amounts;

    private IReadOnlyList<Amount> Expected(IReadOnlyList<Measure> measures, int? scope) =>
        AmountTotals.Expected(measures
            .Where(m => scope is not { } group || groups.IsWithin(m.Section, group))
            .Select(m => (m.Number, m.Financing.Amounts))
            .ToList());

    private static bool OnlyIn(TableRow row, IReadOnlyList<int> columns) =>
        row.Cells.Select((cell, index) => (cell, index)).All(c => c.cell.Text.Length == 0 || columns.Contains(c.index));
}
