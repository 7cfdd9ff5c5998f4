using DecreeParser.Model.Decrees;

namespace DecreeParser.Tests.Formats.Plans;

/// <summary>
/// What a researcher comparing plans reads off each layout, field by field: the same typed measures
/// whatever the columns, groups, spans and language (the other formats give the same, see
/// <see cref="PlanLayoutGoldenTests"/>).
/// </summary>
public class PlanLayoutTests
{
    private static Decree Kazakh => PlanLayoutGoldenTests.Convert("P1800000897.years-kk.html");

    private static Decree Russian => PlanLayoutGoldenTests.Convert("P1800000897.years-ru.html");

    private static Decree TwoPlans => PlanLayoutGoldenTests.Convert("P1800000897.two-plans-kk.html");

    [Fact]
    public void Directions_goals_and_tasks_make_a_tree_in_both_languages()
    {
        foreach (var decree in new[] { Kazakh, Russian })
        {
            var plan = decree.Sections.Where(s => s.Plan == 1).ToList();
            Assert.Equal(
                [SectionKinds.Direction, SectionKinds.Goal, SectionKinds.Task, SectionKinds.Task, SectionKinds.Direction, SectionKinds.Goal, SectionKinds.Task, SectionKinds.Task],
                plan.Select(s => s.Kind));
            Assert.Equal(["1", "1", "1.1", "1.2", "2", "2", "2.1", "2.2"], plan.Select(s => s.Numeral));
            Assert.Equal([null, 1, 2, 2, null, 5, 6, 6], plan.Select(s => s.Parent));
            Assert.Equal([3, 3, 3, 4, 7, 7, 8], decree.Measures.Select(m => m.Section));
        }
    }

    [Fact]
    public void A_measure_on_a_row_per_source_is_paid_from_both_in_million_tenge()
    {
        foreach (var (decree, local) in new[] { (Kazakh, "ЖБ"), (Russian, "МБ") })
        {
            var measure = decree.Measures.Single(m => m.Number == "3");
            Assert.Equal(
                [new Amount("РБ", 2019, 10171m), new Amount("РБ", 2020, 20315m), new Amount("РБ", 2021, 21276m), new Amount(local, 2019, 350.5m), new Amount(local, 2020, 420m)],
                measure.Financing.Amounts);
            Assert.Equal(("%", "001; 015"), (measure.Unit, measure.BudgetProgramme));
            Assert.Equal("2019-Q3", measure.Deadline.From);
            Assert.Equal(3, measure.Responsible.Count);
        }
    }

    [Fact]
    public void Measures_without_money_say_it_and_dashes_give_no_amount()
    {
        var first = Kazakh.Measures[0];
        Assert.False(first.Financing.Required);
        Assert.Empty(first.Financing.Amounts);
        Assert.Equal([new Amount("ЖБ", 2019, 12.5m), new Amount("ЖБ", 2020, 12.5m)], Kazakh.Measures.Single(m => m.Number == "2").Financing.Amounts);
    }

    [Fact]
    public void A_title_that_runs_on_into_a_row_of_its_own_is_whole()
    {
        Assert.EndsWith("посткеңестік мемлекеттердің полициясының ұйымдық-штаттық құрылуының халықаралық тәжірибесін зерделеу", Kazakh.Measures.Single(m => m.Number == "1.2").Title, StringComparison.Ordinal);
        Assert.EndsWith("постсоветских государств, успешно реформировавших правоохранительные органы", Russian.Measures.Single(m => m.Number == "1.2").Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_no_role_claims_is_kept_under_its_header_and_reported()
    {
        Assert.Equal("жалақы өсті", Kazakh.Measures.Single(m => m.Number == "3").Extra!["Күтілетін нәтиже"]);
        Assert.Equal("оклады повышены", Russian.Measures.Single(m => m.Number == "3").Extra!["Примечание"]);
        Assert.Single(Kazakh.Warnings, w => w.Code == "unknownColumn");
    }

    [Fact]
    public void A_subtotal_is_checked_against_its_direction_and_the_total_against_the_plan()
    {
        foreach (var decree in new[] { Kazakh, Russian })
        {
            Assert.Equal([(5, true, true), ((int?)null, true, true)], decree.Totals.Select(t => (t.Section, t.Labelled, t.Matches)));
            Assert.Contains(decree.Totals[1].Amounts, a => a.Year == 2020 && a.MillionTenge == 432.5m);
        }
    }

    [Fact]
    public void The_targets_table_gives_indicators_by_year()
    {
        foreach (var decree in new[] { Kazakh, Russian })
        {
            Assert.Equal([PlanKinds.Measures, PlanKinds.Indicators], decree.Plans.Select(p => p.Kind));
            Assert.Equal(["P1800000897/2/1", "P1800000897/2/2", "P1800000897/2/3"], decree.Indicators.Select(i => i.Id));
            var trust = decree.Indicators[0];
            Assert.Equal([45.5m, 50m, 55m], trust.Values.Select(v => v.Value));
            Assert.Equal("%", trust.Unit);
            // The targets stand under their goals, which rank afresh in their own table.
            var goals = decree.Sections.Where(s => s.Plan == 2).ToList();
            Assert.Equal([(SectionKinds.Goal, "1", (int?)null), (SectionKinds.Goal, "2", null)], goals.Select(s => (s.Kind, s.Numeral, s.Parent)));
            Assert.Equal([goals[0].Order, goals[1].Order, goals[1].Order], decree.Indicators.Select(i => i.Section!.Value));
            Assert.Equal(new IndicatorValue(2021, null, "–"), decree.Indicators[2].Values[2]);
        }
    }

    [Fact]
    public void Plans_say_which_appendix_and_heading_they_stand_under()
    {
        Assert.Equal([("1-қосымша", "Қазақстан Республикасының ішкі істер органдарын жаңғырту жөніндегі 2019 – 2021 жылдарға арналған іс-шаралар жоспары"), ("2-қосымша", "Нысаналы индикаторлар")],
            Kazakh.Plans.Select(p => (p.Appendix, p.Title)));
        Assert.Equal(["Приложение 1", "Приложение 2"], Russian.Plans.Select(p => p.Appendix));
    }

    [Fact]
    public void Two_plans_in_one_decree_keep_their_measures_apart()
    {
        Assert.Equal(["P1800000897/1", "P1800000897/1.1", "P1800000897/2", "P1800000897/2.1", "P1800000897/3", "P1800000897/4", "P1800000897/5",
            "P1800000897/2/1", "P1800000897/2/1.1", "P1800000897/2/2", "P1800000897/2/3", "P1800000897/2/3.1"], TwoPlans.Measures.Select(m => m.Id));
        // The nationwide plan has no money columns: nothing is read, nothing is warned.
        Assert.All(TwoPlans.Measures.Where(m => m.Plan == 1), m => Assert.Null(m.Financing.Required));
        Assert.Empty(TwoPlans.Warnings);
        Assert.Equal([(SectionKinds.Section, "I", (int?)null), (SectionKinds.Group, null, 1), (SectionKinds.Group, null, 1), (SectionKinds.Section, "II", null), (SectionKinds.Section, "1", null), (SectionKinds.Section, "2", null)],
            TwoPlans.Sections.Select(s => (s.Kind, s.Numeral, s.Parent)));
        var totals = Assert.Single(TwoPlans.Totals);
        Assert.Equal((2, true, true), (totals.Plan, totals.Labelled, totals.Matches));
    }
}
