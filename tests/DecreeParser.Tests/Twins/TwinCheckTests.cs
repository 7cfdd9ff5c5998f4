using DecreeParser.Model.Decrees;
using DecreeParser.Model.Twins;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Twins;

public class TwinCheckTests
{
    [Theory]
    [InlineData("html", "html")]
    [InlineData("html", "pdf")]
    [InlineData("docx", "html")]
    [InlineData("pdf", "docx")]
    public void The_Kazakh_and_Russian_plans_agree_measure_by_measure_whatever_their_formats(string kkFormat, string ruFormat)
    {
        var kk = TwinPlans.Convert(kkFormat, "kk");
        var ru = TwinPlans.Convert(ruFormat, "ru");
        var pairs = MeasurePair.Of(kk, ru);

        Assert.Equal(["1", "1.1", "1.2", "2", "3", "3.1", "4"], pairs.Select(p => p.Number));
        Assert.All(pairs, p => Assert.True(p.Kk is not null && p.Ru is not null, p.Number));
        foreach (var pair in pairs)
        {
            var agreement = TwinCheck.Compare(kk, pair, ru);
            Assert.True(agreement.Agrees, $"{pair.Number}: {string.Join("; ", agreement.Disagreements)}");
            // ІІМ/МВД, Қаржымині/Минфин, ЖБ/МБ, "мүдделі мемлекеттік органдар"/"заинтересованные …": every name is known.
            Assert.Empty(agreement.Unchecked);
        }
    }

    [Fact]
    public void A_deadline_the_Russian_text_moves_is_a_disagreement()
    {
        var (kk, pair, ru) = Changed("3", m => m with { Deadline = m.Deadline with { From = "2019-Q4", To = "2019-Q4" } });

        var difference = Assert.Single(TwinCheck.Compare(kk, pair, ru).Disagreements);

        Assert.Equal(new TwinDifference("deadline", "quarter 2019-Q3", "quarter 2019-Q4"), difference);
    }

    [Fact]
    public void An_amount_that_differs_is_named_with_its_source_and_year()
    {
        var (kk, pair, ru) = Changed("3", m => m with
        {
            Financing = m.Financing with { Amounts = m.Financing.Amounts.Select(a => a.Year == 2020 && a.Source == "РБ" ? a with { MillionTenge = 20351m } : a).ToList() },
        });

        var difference = Assert.Single(TwinCheck.Compare(kk, pair, ru).Disagreements);

        Assert.Equal("amounts", difference.Field);
        Assert.Contains("republican-budget 2020: 20315", difference.Kk, StringComparison.Ordinal);
        Assert.Contains("republican-budget 2020: 20351", difference.Ru, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_one_text_leaves_out_is_a_disagreement()
    {
        var (kk, pair, ru) = Changed("3", m => m with { Responsible = m.Responsible.Where(p => p.Code != "Минфин").ToList() });

        var difference = Assert.Single(TwinCheck.Compare(kk, pair, ru).Disagreements);

        Assert.Equal(new TwinDifference("responsible", "ІІМ, Қаржымині, мүдделі мемлекеттік органдар", "МВД, заинтересованные государственные органы"), difference);
    }

    [Fact]
    public void A_name_neither_table_knows_is_listed_unchecked_and_may_stand_for_the_body_the_other_text_names()
    {
        var (kk, pair, ru) = Changed("3", m => m with
        {
            Responsible = m.Responsible.Select(p => p.Code == "Минфин" ? new ResponsibleParty("Комитет казначейства", null, null, false, null) : p).ToList(),
        });

        var agreement = TwinCheck.Compare(kk, pair, ru);

        Assert.True(agreement.Agrees);
        Assert.Equal(new UncheckedName("responsible", "ru", "Комитет казначейства"), Assert.Single(agreement.Unchecked));
    }

    [Fact]
    public void A_measure_only_one_text_has_is_paired_with_nothing_and_disagrees()
    {
        var ru = TwinPlans.Ru with { Measures = TwinPlans.Ru.Measures.Where(m => m.Number != "3.1").ToList() };

        var pair = Assert.Single(MeasurePair.Of(TwinPlans.Kk, ru), p => p.Number == "3.1");

        Assert.Null(pair.Ru);
        Assert.Equal(new TwinDifference("measure", "3.1", null), Assert.Single(TwinCheck.Compare(TwinPlans.Kk, pair, ru).Disagreements));
    }

    private static (Decree Kk, MeasurePair Pair, Decree Ru) Changed(string number, Func<Measure, Measure> change)
    {
        var ru = TwinPlans.Ru with { Measures = TwinPlans.Ru.Measures.Select(m => m.Number == number ? change(m) : m).ToList() };
        return (TwinPlans.Kk, MeasurePair.Of(TwinPlans.Kk, ru).Single(p => p.Number == number), ru);
    }
}
