using DecreeParser.Ingest.Structure;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Structure;

public class NumberingAndSectionTests
{
    [Fact]
    public void The_seed_has_every_measure_in_order_with_its_parent()
    {
        var numbers = Seed.Decree.Measures.Select(m => m.Number).ToList();
        Assert.Equal(127, numbers.Count);
        Assert.Equal(54, Seed.Decree.Measures.Count(m => m.Parent is null));
        Assert.Equal("1", Seed.Measure("1.1").Parent);
        Assert.Equal("10", Seed.Measure("10.1").Parent);           // written "10.1", no trailing dot
        Assert.Equal("P1800000897/5.1", Seed.Measure("5.1").Id);
        Assert.DoesNotContain(Seed.Decree.Warnings, w => w.Code is WarningCodes.NumberingGap or WarningCodes.MissingParent or WarningCodes.DuplicateNumber);
    }

    [Fact]
    public void Sections_in_all_three_markups_are_read_with_Latin_numerals()
    {
        Assert.Equal(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"], Seed.Decree.Sections.Select(s => s.Numeral));
        Assert.Equal(Enumerable.Range(1, 9), Seed.Decree.Sections.Select(s => s.Order));
        // II is a markdown heading written with Kazakh І and a Latin look-alike word; IX a bold row in Kazakh letters.
        Assert.Equal("ҚЫЗМЕТКЕРЛЕРГЕ ЕҢБЕКАҚЫ ТӨЛЕУ ЖӘНЕ ӘЛЕУМЕТТІК ҚОРҒАУ ЖҮЙЕСІН ЖАҚСАРТУ", Seed.Decree.Sections[1].Title);
        Assert.Equal("АЗАМАТТЫҚ ҚОРҒАУ ОРГАНДАРЫН ЖАҢҒЫРТУ", Seed.Decree.Sections[8].Title);
    }

    [Fact]
    public void Each_measure_stands_in_its_section()
    {
        Assert.Equal(1, Seed.Measure("4.5").Section);
        Assert.Equal(2, Seed.Measure("5").Section);
        Assert.Equal(3, Seed.Measure("10").Section);   // section III is a bold row inside the table
        Assert.Equal(4, Seed.Measure("23").Section);   // section IV is a #### heading between tables
        Assert.Equal(9, Seed.Measure("54").Section);
    }

    [Fact]
    public void A_gap_in_the_numbering_is_warned()
    {
        var decree = Seed.Build(Seed.With("1.3.\tФункцияларға талдау жүргізудің бірыңғай әдістемесін дайындау\tәдістеме\t2019 жылғы I тоқсан\tжұмыс тобы\tталап етілмейді\n", ""));
        var warning = Assert.Single(decree.Warnings, w => w.Code == WarningCodes.NumberingGap);
        Assert.Equal("measure 1.4 follows 1.2; 1.3 was expected", warning.Message);
    }

    [Fact]
    public void A_sub_measure_without_its_parent_is_warned()
    {
        // "7.1" after measure 3: no single misread letter makes it 3.1 or 4, so it stands, and is warned.
        var decree = Seed.Build(Seed.With("3.1.\tӘкімшілік шығыстарды оңтайландыру", "7.1.\tӘкімшілік шығыстарды оңтайландыру"));
        Assert.Contains(decree.Warnings, w => w.Code == WarningCodes.MissingParent && w.Message == "measure 7.1 has no measure 7 before it");
    }

    [Fact]
    public void A_repeated_number_is_warned()
    {
        var decree = Seed.Build(Seed.With("4.2.\tҚАЖ бөліністерінің", "4.1.\tҚАЖ бөліністерінің"));
        Assert.Contains(decree.Warnings, w => w.Code == WarningCodes.DuplicateNumber && w.Message.StartsWith("measure 4.1", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_cells_are_warned_by_measure_and_column()
    {
        var decree = Seed.Build(Seed.With("ҚАЖ мекемелерінің аумағында өндірістер құруға жеке бизнесті тарту\tПрезидент Әкімшілігіне ақпарат", "ҚАЖ мекемелерінің аумағында өндірістер құруға жеке бизнесті тарту\t"));
        var warning = Assert.Single(decree.Warnings, w => w.Message == "measure 50: the completion form cell is empty");
        Assert.Equal(3, warning.Location.Column);
        Assert.Null(decree.Measures.Single(m => m.Number == "50").CompletionForm);
    }

    [Theory]
    [InlineData("5.2.1", "5.2", true)]   // its first child
    [InlineData("5.3", "5.2", true)]     // its next sibling
    [InlineData("6", "5.2", true)]       // its parent's next sibling
    [InlineData("1.10", "1.9", true)]    // a part of two digits
    [InlineData("10", "9", true)]
    [InlineData("5.2.2", "5.2", false)]  // a child skipped
    [InlineData("5.4", "5.2", false)]    // a sibling skipped
    [InlineData("5.2", "5.2", false)]    // the same number
    [InlineData("51", "5", false)]       // not a part of its own
    [InlineData("6.1", "5.2", false)]    // another parent
    [InlineData("5.03", "5.2", false)]   // a number no plan writes
    [InlineData("5.3.", "5.2", false)]   // the trailing dot is read off before
    public void A_number_follows_its_predecessor_as_first_child_or_next_sibling_at_any_level(string number, string previous, bool follows) =>
        Assert.Equal(follows, Ingest.Structure.MeasureNumber.IsSuccessor(number, previous));

    [Theory]
    [InlineData("11.", "1", "1.1")]      // a dot lost
    [InlineData("14,11", "14", "14.1")]  // a dot read as a comma, and a stray digit
    [InlineData("13.1.", "3", "3.1")]    // a stray digit
    [InlineData("4. 1", "4", "4.1")]     // a space inside (the office scan)
    [InlineData(". 4.4.", "4.3", "4.4")] // a speck of grain before it
    [InlineData("5.2. .|.", "5.1", "5.2")] // specks and a ruling line after it
    [InlineData("54. .", "53", "54")]
    [InlineData("5.", "4.5", null)]      // a successor already
    [InlineData("9.", "4.5", null)]      // nothing one misread away
    public void A_misread_measure_number_is_read_by_the_numbering_it_stands_in(string text, string previous, string? read) =>
        Assert.Equal(read, Ingest.Structure.MeasureNumber.Misread(text, previous));

    [Fact]
    public void A_misread_measure_number_is_mended_and_logged()
    {
        var decree = Seed.Build(Seed.With("1.1.\tПолиция, ҚАЖ", "11.\tПолиция, ҚАЖ"));
        Assert.Equal("1", decree.Measures.Single(m => m.Title.StartsWith("Полиция, ҚАЖ", StringComparison.Ordinal)).Parent);
        var repair = Assert.Single(decree.Repairs, r => r.Kind == "ocrMeasureNumber");
        Assert.Equal(("11.", "1.1"), (repair.Before, repair.After));
        Assert.DoesNotContain(decree.Warnings, w => w.Code is WarningCodes.NumberingGap or WarningCodes.DuplicateNumber);
    }
}
