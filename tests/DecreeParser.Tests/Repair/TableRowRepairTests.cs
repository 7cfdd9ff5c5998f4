using DecreeParser.Ingest.Repair;
using DecreeParser.Ingest.Structure;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Repair;

/// <summary>Row repairs seen through the whole seed: what they removed, merged and logged.</summary>
public class TableRowRepairTests
{
    [Fact]
    public void The_column_number_row_is_dropped_and_logged()
    {
        var entry = Assert.Single(Seed.Decree.Repairs, r => r.Kind == RepairKinds.ColumnNumberRow);
        Assert.Equal("1 | 2 | 3 | 4 | 5 | 6", entry.Before);
        Assert.Equal(37, entry.Location.Line);
    }

    [Fact]
    public void The_markdown_separator_row_is_dropped_and_logged()
    {
        var entry = Assert.Single(Seed.Decree.Repairs, r => r.Kind == RepairKinds.SeparatorRow);
        Assert.Equal("-- | -- | -- | -- | -- | --", entry.Before);
        Assert.Equal(180, entry.Location.Line);
    }

    [Fact]
    public void A_responsible_cell_that_ran_onto_the_next_row_is_merged_back()
    {
        // 23.2 ends its row with "(ПӘ-мен", and "келісу бойынша)" plus the financing follow on a row of their own.
        var measure = Seed.Measure("23.2");
        Assert.Equal("мүдделі органдар және ұйымдар", measure.Responsible[^1].Text);
        Assert.True(measure.Responsible[^1].ByAgreement);
        Assert.Equal("ПӘ", measure.Responsible[^1].AgreementWith);
        Assert.False(measure.Financing.Required);
        Assert.Equal((115, 117), (measure.Location.Line, measure.Location.EndLine));
    }

    [Fact]
    public void A_title_that_ran_onto_the_next_row_is_merged_back_cell_by_cell()
    {
        var measure = Seed.Measure("46");
        Assert.Contains("сотталғандарды бір мекемеден екінші мекемеге ауыстыру шарттарын", measure.Title, StringComparison.Ordinal);
        Assert.EndsWith("өзгерістер мен толықтырулар енгізу", measure.Title, StringComparison.Ordinal);
        Assert.Equal("НҚА", measure.CompletionForm);
        Assert.Equal("талап етілмейді", measure.Financing.Text);
        Assert.Contains(Seed.Decree.Repairs, r => r.Kind == RepairKinds.ContinuationRow && r.Location.Line == 192 && r.Location.Column == 2);
    }

    [Fact]
    public void A_number_cut_by_a_line_break_is_one_number()
    {
        var splits = Seed.Decree.Repairs.Where(r => r.Kind == RepairKinds.SplitNumber).Select(r => (r.Before, r.After)).ToList();
        Assert.Equal([("14 / 233", "14 233"), ("28 / 439", "28 439"), ("29 / 400", "29 400")], splits);
    }

    [Fact]
    public void Cell_fragments_join_with_a_space_and_a_cut_number_is_logged()
    {
        var log = new RepairLog();
        Assert.Equal("2019 жыл – 14 233 млн. теңге", RowMerger.Join("2019 жыл – 14", "233 млн. теңге", new(), log));
        Assert.Equal(RepairKinds.SplitNumber, Assert.Single(log.Entries).Kind);
        Assert.Equal("2019 жылғы I тоқсан 2020", RowMerger.Join("2019 жылғы I тоқсан", "2020", new(), log));
        Assert.Single(log.Entries);
    }

    [Fact]
    public void Amounts_with_thousands_spaces_read_as_one_number()
    {
        var amounts = AmountParser.Parse("2019 жыл – 10 171 млн. теңге 2020 жыл – 20 315 млн. теңге", []);
        Assert.Equal([10171m, 20315m], amounts.Select(a => a.MillionTenge));
    }
}
