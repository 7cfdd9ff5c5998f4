using DecreeParser.Ingest.Repair;
using DecreeParser.Ingest.Structure;
using DecreeParser.Model;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Structure;

public class FinancingParserTests
{
    private static readonly FinancingParser Parser = new(Seed.Decree.Glossary);

    /// <summary>Financing cells as the seed writes them go through repair first, as in the pipeline.</summary>
    private static Financing Read(string cell) => Parser.Parse(new BlockRepairer().RepairText(cell, new SourceLocation(), new RepairLog()));

    [Theory]
    [InlineData("талап етілмейді")]
    [InlineData("т а л а п етілмейді")]
    public void Not_required(string cell)
    {
        var financing = Read(cell);
        Assert.Equal((false, false), (financing.Required, financing.WithinAllocatedFunds));
        Assert.Empty(financing.Sources);
    }

    [Fact]
    public void An_empty_cell_is_unknown_not_false()
    {
        var financing = Read("");
        Assert.Null(financing.Required);
        Assert.Null(Seed.Measure("29").Financing.Required);
        Assert.Contains(Seed.Decree.Warnings, w => w.Code == WarningCodes.EmptyCell && w.Message == "measure 29: the financing cell is empty");
    }

    [Theory]
    [InlineData("көзделген қаражат шегінде", new string[0])]
    [InlineData("Ж Б көзделген қаражат шегінде", new[] { "ЖБ" })]
    [InlineData("РБ, ЖБ көзделген қаражат шегінде", new[] { "РБ", "ЖБ" })]
    public void Within_allocated_funds_with_its_sources(string cell, string[] sources)
    {
        var financing = Read(cell);
        Assert.Equal((true, true), (financing.Required, financing.WithinAllocatedFunds));
        Assert.Equal(sources, financing.Sources);
        Assert.Empty(financing.Amounts);
    }

    [Fact]
    public void A_partnership_source()
    {
        var financing = Read("М Ж Ә (шеңберінде)");
        Assert.Equal((true, false), (financing.Required, financing.WithinAllocatedFunds));
        Assert.Equal(["МЖӘ"], financing.Sources);
    }

    [Fact]
    public void Amounts_per_source_and_year()
    {
        var financing = Read("Р Б 2019 жыл – 10 171 млн. теңге 2020 жыл – 20 315 млн. теңге 2021 жыл – 21 276 млн. теңге");
        Assert.Equal(["РБ"], financing.Sources);
        Assert.Equal(
            [new Amount("РБ", 2019, 10171m), new Amount("РБ", 2020, 20315m), new Amount("РБ", 2021, 21276m)],
            financing.Amounts);
    }

    [Fact]
    public void Each_amount_belongs_to_the_source_named_before_it()
    {
        var financing = Read("РБ 2019 жыл – 1 200,5 млн. теңге ЖБ 2019 жыл – 300 млн. теңге");
        Assert.Equal([new Amount("РБ", 2019, 1200.5m), new Amount("ЖБ", 2019, 300m)], financing.Amounts);
    }

    [Fact]
    public void The_seed_measures_with_amounts()
    {
        Assert.Equal([new Amount("РБ", 2019, 4062m), new Amount("РБ", 2020, 8124m), new Amount("РБ", 2021, 8124m)], Seed.Measure("6.4").Financing.Amounts);
        Assert.Equal(["5", "6.4"], Seed.Decree.Measures.Where(m => m.Financing.Amounts.Count > 0).Select(m => m.Number));
    }

    [Fact]
    public void Text_that_names_nothing_is_unread_and_warned()
    {
        var decree = Seed.Build(Seed.With("Пробация қызметтеріне штат санының шегінде психологтардың лауазымдарын енгізу\tҮкіметке ақпарат\t2019 жылғы І тоқсан\tІІМ\tкөзделген қаражат шегінде",
            "Пробация қызметтеріне штат санының шегінде психологтардың лауазымдарын енгізу\tҮкіметке ақпарат\t2019 жылғы І тоқсан\tІІМ\tкейін анықталады"));
        Assert.Null(decree.Measures.Single(m => m.Number == "43").Financing.Required);
        Assert.Contains(decree.Warnings, w => w.Code == WarningCodes.UnreadFinancing && w.Message.StartsWith("measure 43", StringComparison.Ordinal));
    }
}
