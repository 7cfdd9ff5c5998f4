using DecreeParser.Ingest.Structure;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Structure;

public class DeadlineParserTests
{
    [Theory]
    [InlineData("2019 жылғы I тоқсан", DeadlineKind.Quarter, "2019-Q1", "2019-Q1")]        // Latin I
    [InlineData("2019 жылғы І тоқсан", DeadlineKind.Quarter, "2019-Q1", "2019-Q1")]        // Kazakh І
    [InlineData("2019 жылғы ІІІ тоқсан", DeadlineKind.Quarter, "2019-Q3", "2019-Q3")]
    [InlineData("2019 жылғы IV тоқсан", DeadlineKind.Quarter, "2019-Q4", "2019-Q4")]
    [InlineData("2019 жылғы І-ІІ тоқсан", DeadlineKind.QuarterRange, "2019-Q1", "2019-Q2")]
    [InlineData("2019 жылғы I-II тоқсан", DeadlineKind.QuarterRange, "2019-Q1", "2019-Q2")]
    [InlineData("2019 жылғы І - ІІ тоқсан", DeadlineKind.QuarterRange, "2019-Q1", "2019-Q2")]
    [InlineData("2019 жылғы І-ІІІ тоқсан", DeadlineKind.QuarterRange, "2019-Q1", "2019-Q3")]
    [InlineData("2019 жылғы IV тоқсан – 2020 жылғы II тоқсан", DeadlineKind.QuarterRange, "2019-Q4", "2020-Q2")]
    [InlineData("2019 жыл", DeadlineKind.Year, "2019", "2019")]
    [InlineData("2019 – 2021 жылдар", DeadlineKind.YearRange, "2019", "2021")]
    [InlineData("2019-2021 жылдар", DeadlineKind.YearRange, "2019", "2021")]
    [InlineData("2019–2021 жылдар", DeadlineKind.YearRange, "2019", "2021")]
    [InlineData("2020 – 2021 жылдар", DeadlineKind.YearRange, "2020", "2021")]
    [InlineData("2019 жылғы I тоқсаннан бастап", DeadlineKind.StartingFrom, "2019-Q1", null)]
    [InlineData("2021 жылдан бастап", DeadlineKind.StartingFrom, "2021", null)]
    [InlineData("үнемі", DeadlineKind.Continuous, null, null)]
    public void Deadline_forms_of_the_seed_are_typed(string text, DeadlineKind kind, string? from, string? to)
    {
        var deadline = DeadlineParser.Parse(text);
        Assert.Equal((text, kind, from, to, (Recurrence?)null), (deadline.Text, deadline.Kind, deadline.From, deadline.To, deadline.Recurrence));
    }

    [Theory]
    [InlineData("жыл сайын", Recurrence.Annual)]
    [InlineData("жарты жылда бір рет", Recurrence.Semiannual)]
    [InlineData("тоқсан сайын", Recurrence.Quarterly)]
    public void Recurring_deadlines_name_their_recurrence(string text, Recurrence recurrence)
    {
        var deadline = DeadlineParser.Parse(text);
        Assert.Equal((DeadlineKind.Recurring, recurrence), (deadline.Kind, deadline.Recurrence));
    }

    [Fact]
    public void A_recurring_deadline_within_years_keeps_them()
    {
        var deadline = DeadlineParser.Parse("2019 – 2021 жылдары жыл сайын");
        Assert.Equal((DeadlineKind.Recurring, "2019", "2021", Recurrence.Annual), (deadline.Kind, deadline.From, deadline.To, deadline.Recurrence));
    }

    [Theory]
    [InlineData("2019 жылғы V тоқсан")]       // there is no fifth quarter
    [InlineData("Жарлыққа сәйкес")]
    [InlineData("2019 жылғы желтоқсан")]
    public void Anything_else_is_unknown_and_kept_as_text(string text)
    {
        var deadline = DeadlineParser.Parse(text);
        Assert.Equal((DeadlineKind.Unknown, text), (deadline.Kind, deadline.Text));
    }

    [Fact]
    public void An_unknown_deadline_in_a_decree_gets_a_warning()
    {
        var decree = Seed.Build(Seed.With("ЖАО-ға пробация қызметтерін қаржыландыру құқығын заңнамалық түрде беру мәселесін пысықтау\tПрезидент Әкімшілігіне ақпарат\t2019 жылғы І тоқсан",
            "ЖАО-ға пробация қызметтерін қаржыландыру құқығын заңнамалық түрде беру мәселесін пысықтау\tПрезидент Әкімшілігіне ақпарат\tЖарлыққа сәйкес"));
        var measure = decree.Measures.Single(m => m.Number == "42");
        Assert.Equal(DeadlineKind.Unknown, measure.Deadline.Kind);
        Assert.Contains(decree.Warnings, w => w.Code == WarningCodes.UnknownDeadline && w.Message.Contains("42", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_deadline_of_the_seed_is_typed()
    {
        Assert.DoesNotContain(Seed.Decree.Measures, m => m.Deadline.Kind == DeadlineKind.Unknown);
    }
}
