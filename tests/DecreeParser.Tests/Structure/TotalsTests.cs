using DecreeParser.Ingest.Structure;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Structure;

public class TotalsTests
{
    // The seed's last rows: measure 54, then a totals row whose label was lost, its amounts cut over seven lines.
    private const string LostLabelFirstRow = "\t\t\t\t\tР Б\n\t\t\t\t\t2019 жыл – 14";

    [Fact]
    public void A_totals_row_whose_label_was_lost_is_recognised_by_its_amounts()
    {
        var totals = Assert.Single(Seed.Decree.Totals);
        Assert.False(totals.Labelled);
        Assert.True(totals.Matches);
        Amount[] sums = [new("РБ", 2019, 14233m), new("РБ", 2020, 28439m), new("РБ", 2021, 29400m)];
        Assert.Equal(sums, totals.Amounts);
        Assert.Equal(sums, totals.Expected);
        Assert.Equal((203, 209), (totals.Location.Line, totals.Location.EndLine));
    }

    [Fact]
    public void The_totals_row_is_kept_out_of_the_last_measure()
    {
        var last = Seed.Measure("54");
        Assert.Equal("көзделген қаражат шегінде", last.Financing.Text);
        Assert.Empty(last.Financing.Amounts);
        Assert.Equal(201, last.Location.Line);
        Assert.Null(last.Location.EndLine);
    }

    [Fact]
    public void A_labelled_totals_row_that_adds_up()
    {
        var decree = Seed.Build(Seed.With(LostLabelFirstRow, "Барлығы\t\t\t\t\tР Б\n\t\t\t\t\t2019 жыл – 14"));
        var totals = Assert.Single(decree.Totals);
        Assert.True(totals.Labelled);
        Assert.True(totals.Matches);
        Assert.DoesNotContain(decree.Warnings, w => w.Code == WarningCodes.TotalsMismatch);
    }

    [Fact]
    public void A_labelled_totals_row_that_does_not_add_up_is_warned()
    {
        var text = Seed.With(LostLabelFirstRow, "Барлығы\t\t\t\t\tР Б\n\t\t\t\t\t2019 жыл – 15");
        var decree = Seed.Build(text);
        var totals = Assert.Single(decree.Totals);
        Assert.False(totals.Matches);
        Assert.Equal(15233m, totals.Amounts[0].MillionTenge);
        Assert.Equal(14233m, totals.Expected[0].MillionTenge);
        var warning = Assert.Single(decree.Warnings, w => w.Code == WarningCodes.TotalsMismatch);
        Assert.Contains("РБ 2019: 14233", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unlabelled_rows_that_do_not_add_up_are_not_taken_for_totals()
    {
        var decree = Seed.Build(Seed.With(LostLabelFirstRow, "\t\t\t\t\tР Б\n\t\t\t\t\t2019 жыл – 15"));
        Assert.Empty(decree.Totals);
        Assert.Contains("15 233 млн. теңге", decree.Measures.Single(m => m.Number == "54").Financing.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parent_with_amounts_is_not_counted_twice_with_its_parts()
    {
        var expected = AmountTotals.Expected(
        [
            ("5", [new Amount("РБ", 2019, 100m)]),
            ("5.1", [new Amount("РБ", 2019, 60m)]),
            ("6.4", [new Amount("РБ", 2019, 40m)]),
        ]);
        Assert.Equal([new Amount("РБ", 2019, 140m)], expected);
    }
}
