using DecreeParser.Ingest.Structure;
using DecreeParser.Model;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Structure;

/// <summary>The Russian vocabulary of roadmaps, each form the issue names.</summary>
public class RussianFormsTests
{
    [Theory]
    [InlineData("I квартал 2019 года", DeadlineKind.Quarter, "2019-Q1", "2019-Q1")]
    [InlineData("IV квартал 2019 г.", DeadlineKind.Quarter, "2019-Q4", "2019-Q4")]
    [InlineData("I-II кварталы 2019 года", DeadlineKind.QuarterRange, "2019-Q1", "2019-Q2")]
    [InlineData("2019 год", DeadlineKind.Year, "2019", "2019")]
    [InlineData("2019 – 2021 годы", DeadlineKind.YearRange, "2019", "2021")]
    [InlineData("2019-2021 гг.", DeadlineKind.YearRange, "2019", "2021")]
    [InlineData("с I квартала 2019 года", DeadlineKind.StartingFrom, "2019-Q1", null)]
    [InlineData("начиная с 2021 года", DeadlineKind.StartingFrom, "2021", null)]
    [InlineData("постоянно", DeadlineKind.Continuous, null, null)]
    public void Russian_deadlines(string text, DeadlineKind kind, string? from, string? to)
    {
        var deadline = DeadlineParser.Parse(text);
        Assert.Equal((kind, from, to), (deadline.Kind, deadline.From, deadline.To));
    }

    [Theory]
    [InlineData("ежегодно", Recurrence.Annual)]
    [InlineData("раз в полугодие", Recurrence.Semiannual)]
    [InlineData("ежеквартально", Recurrence.Quarterly)]
    [InlineData("ежемесячно", Recurrence.Monthly)]
    public void Russian_recurring_deadlines(string text, Recurrence recurrence) =>
        Assert.Equal((DeadlineKind.Recurring, (Recurrence?)recurrence), (DeadlineParser.Parse(text).Kind, DeadlineParser.Parse(text).Recurrence));

    [Fact]
    public void Russian_financing()
    {
        var parser = new FinancingParser([]);
        Assert.Equal(false, parser.Parse("не требуется").Required);
        var within = parser.Parse("МБ в пределах предусмотренных средств");
        Assert.Equal((true, true, "МБ"), (within.Required, within.WithinAllocatedFunds, within.Sources.Single()));
        var amounts = parser.Parse("РБ 2019 год – 10 171,5 млн. тенге 2020 год – 20 315 млн. тенге");
        Assert.Equal([new Amount("РБ", 2019, 10171.5m), new Amount("РБ", 2020, 20315m)], amounts.Amounts);
    }

    [Fact]
    public void Russian_parties_by_agreement()
    {
        GlossaryEntry[] glossary = [new("МВД", "Министерство внутренних дел Республики Казахстан"), new("ГП", "Генеральная прокуратура Республики Казахстан")];
        var warnings = new WarningLog();
        var parser = new ResponsibleParser(new AbbreviationResolver(glossary), new Ingest.Repair.RepairLog(), warnings);
        var parties = parser.Parse("МВД, ГП (по согласованию), заинтересованные государственные органы (по согласованию с АП)", new SourceLocation());
        Assert.Equal(["МВД", "ГП", null], parties.Select(p => p.Code));
        Assert.Equal([false, true, true], parties.Select(p => p.ByAgreement));
        Assert.Equal("АП", parties[2].AgreementWith);
        Assert.Equal("Генеральная прокуратура Республики Казахстан", parties[1].Expansion);
    }
}
