using DecreeParser.Ingest.Repair;
using DecreeParser.Ingest.Structure;
using DecreeParser.Model.Blocks;
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
    public void A_scans_column_numbers_are_dropped_and_a_later_pages_repeat_leaves_the_row_above_a_data_row()
    {
        // As the office scan reads them: a stray stroke and a dot on page 1, the numbers repeated alone atop page 2.
        TableRow Row(int page, params string[] cells) => new(cells.Select(text => new TableCell(text)).ToList(), new() { Page = page });
        var table = new TableBlock(
        [
            Row(1, "Р/с №", "Іс-шараның атауы", "Аяқталу нысаны", "Орындау мерзімі", "Орындауға жауаптылар", "Қаржыландыру көзі"),
            Row(1, "|2", "2", "3", "4.", "5", "6"),
            Row(1, "1.", "ПО қызметтері", "ақпарат", "2019 жылғы І тоқсан", "ІІМ", "талап етілмейді"),
            Row(2, "1", "2", "3", "4.", "5", "6"),
            Row(2, "1.1.", "Полиция", "ІІМ бұйрығы", "2019 жылғы І тоқсан", "ІІМ", "талап етілмейді"),
        ], new());
        var log = new RepairLog();

        var kept = TableRowRepairs.Apply(table, log).Rows;

        Assert.Equal(["Р/с №", "1.", "1.1."], kept.Select(row => row.CellText(0)));
        Assert.Equal([true, false, false], kept.Select(row => row.IsHeader));
        Assert.Equal(2, log.Entries.Count(r => r.Kind == RepairKinds.ColumnNumberRow));
    }

    [Theory]
    [InlineData("1", "2", "3", "4.", "5", "6", true)]
    [InlineData("1", "2", "7", "4", "5", "6", true)]   // one misread of six
    [InlineData("1", ".2", "3", "4", "", "6", true)]   // the office scan's page 11: a speck, a number lost
    [InlineData("1", "2", "7", "4", "9", "6", false)]  // two
    [InlineData("1", "2", "3", "4", "5", "тоқсан", false)]
    public void A_row_of_column_numbers_bears_one_misread_cell_of_six(string a, string b, string c, string d, string e, string f, bool dropped)
    {
        var row = new TableRow(new[] { a, b, c, d, e, f }.Select(text => new TableCell(text)).ToList(), new());
        var kept = TableRowRepairs.Apply(new TableBlock([row], new()), new RepairLog()).Rows;
        Assert.Equal(dropped, kept.Count == 0);
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
