using DecreeParser.Ingest.Structure.Plans;

namespace DecreeParser.Tests.Structure.Plans;

public class MoneyCellTests
{
    [Theory]
    [InlineData("10 171", 10171)]
    [InlineData("10 171,0", 10171)]
    [InlineData("120,5", 120.5)]
    [InlineData("1 234.56", 1234.56)]
    [InlineData("85 %", 85)]
    [InlineData("14\u00A0233", 14233)]
    public void A_number_as_plans_write_it(string cell, double value) => Assert.Equal((decimal)value, MoneyCell.Number(cell));

    [Theory]
    [InlineData("")]
    [InlineData("–")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("х")]
    [InlineData("0")]
    [InlineData("0,0")]
    public void Dashes_empty_cells_and_zero_mean_no_money(string cell) => Assert.True(MoneyCell.IsNothing(cell));

    [Theory]
    [InlineData("көзделген қаражат шегінде")]
    [InlineData("12о,5")]
    public void Words_are_not_numbers(string cell)
    {
        Assert.Null(MoneyCell.Number(cell));
        Assert.False(MoneyCell.IsNothing(cell));
    }

    [Fact]
    public void A_scaled_value_keeps_no_trailing_zeros() => Assert.Equal("10.171", MoneyCell.Exact(10171.0m * 0.001m).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
