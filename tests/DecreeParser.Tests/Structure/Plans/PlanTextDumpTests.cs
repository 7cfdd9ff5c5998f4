using DecreeParser.Ingest.Structure;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Structure.Plans;

/// <summary>
/// Plans laid out otherwise than the seed, written as text dumps (a tab between cells, no spans: a
/// group header's sub-columns leave its other cells empty), filled with the seed's measure 5.
/// </summary>
public class PlanTextDumpTests
{
    private const string Head = "Қазақстан Республикасы Үкіметінің 2018 жылғы 27 желтоқсандағы № 897 қаулысы.\n\n";
    private const string Title = "Полиция және ҚАЖ қызметкерлерінің лауазымдық жалақысын көтеру";
    private const string Glossary = "\nЕскертпе: аббревиатуралардың толық жазылуы:\n\nЖБ – жергілікті бюджеттер\n\nРБ – республикалық бюджет\n\nІІМ – Қазақстан Республикасы Ішкі істер министрлігі\n";

    // Two header rows: "Болжанатын шығыстар" stands over the three year columns, its other two cells left empty.
    private const string YearHeader =
        "№\tІс-шараның атауы\tОрындау мерзімі\tЖауапты орындаушылар\tҚаржыландыру көзі\tБолжанатын шығыстар, млн теңге\t\t\n" +
        "\t\t\t\t\t2019 жыл\t2020 жыл\t2021 жыл\n";

    private static Decree Build(string table) => Seed.Build(Head + table + Glossary);

    [Fact]
    public void Year_columns_under_a_group_header_give_an_amount_a_year()
    {
        var decree = Build(YearHeader + $"1.\t{Title}\t2019 жылғы III тоқсан\tІІМ\tРБ\t10 171,0\t20 315\t–\n");
        var measure = Assert.Single(decree.Measures);
        Assert.Equal([new Amount("РБ", 2019, 10171m), new Amount("РБ", 2020, 20315m)], measure.Financing.Amounts);
        Assert.Equal(["РБ"], measure.Financing.Sources);
        Assert.Equal(["№", "Іс-шараның атауы", "Орындау мерзімі", "Жауапты орындаушылар", "Қаржыландыру көзі",
            "Болжанатын шығыстар, млн теңге / 2019 жыл", "Болжанатын шығыстар, млн теңге / 2020 жыл", "Болжанатын шығыстар, млн теңге / 2021 жыл"],
            Assert.Single(decree.Plans).Columns.Select(c => c.Header));
        Assert.Empty(decree.Warnings);
    }

    [Fact]
    public void A_row_per_source_under_one_number_is_one_measure_paid_from_both()
    {
        var decree = Build(YearHeader +
            $"1.\t{Title}\t2019 жылғы III тоқсан\tІІМ\tРБ\t100\t200\t–\n" +
            "\t\t\t\tЖБ\t10,5\t0\t30\n");
        var measure = Assert.Single(decree.Measures);
        Assert.Equal([new Amount("РБ", 2019, 100m), new Amount("РБ", 2020, 200m), new Amount("ЖБ", 2019, 10.5m), new Amount("ЖБ", 2021, 30m)], measure.Financing.Amounts);
        Assert.Equal(["РБ", "ЖБ"], measure.Financing.Sources);
        // The two rows are two funding lines, not a cell that spilled over: no number was "split".
        Assert.DoesNotContain(decree.Repairs, r => r.Kind is "splitNumber" or "continuationRow");
    }

    [Fact]
    public void A_column_number_row_between_two_header_rows_is_passed_over()
    {
        var decree = Build(
            "№\tІс-шараның атауы\tОрындау мерзімі\tЖауапты орындаушылар\tҚаржыландыру көзі\tБолжанатын шығыстар, млн теңге\t\t\n" +
            "1\t2\t3\t4\t5\t6\t7\t8\n" +
            "\t\t\t\t\t2019 жыл\t2020 жыл\t2021 жыл\n" +
            $"1.\t{Title}\t2019 жылғы III тоқсан\tІІМ\tРБ\t100\t200\t300\n");
        Assert.Equal([2019, 2020, 2021], Assert.Single(decree.Measures).Financing.Amounts.Select(a => a.Year));
    }

    [Fact]
    public void The_header_repeated_where_a_page_broke_the_table_is_not_a_measure()
    {
        var decree = Build(YearHeader +
            $"1.\t{Title}\t2019 жылғы III тоқсан\tІІМ\tРБ\t100\t200\t300\n" +
            YearHeader +
            $"2.\t{Title}\t2019 жылғы IV тоқсан\tІІМ\tРБ\t1\t2\t3\n");
        Assert.Equal(["1", "2"], decree.Measures.Select(m => m.Number));
        Assert.Empty(decree.Warnings);
        Assert.Equal(4, decree.Tables.Single().Rows.Count(row => row.Header));
    }

    [Fact]
    public void Groups_of_every_kind_nest_and_measures_point_to_the_innermost()
    {
        var decree = Build(YearHeader +
            "1-бағыт. Еңбекақы төлеу жүйесін жетілдіру\t\t\t\t\t\t\t\n" +
            "2-мақсат\tПолиция қызметкерлерінің жалақысын арттыру\t\t\t\t\t\t\n" +
            "2.1-міндет. Лауазымдық жалақыны көтеру\t\t\t\t\t\t\t\n" +
            $"1.\t{Title}\t2019 жылғы III тоқсан\tІІМ\tРБ\t100\t200\t300\n");
        Assert.Equal([(SectionKinds.Direction, "1", (int?)null), (SectionKinds.Goal, "2", 1), (SectionKinds.Task, "2.1", 2)],
            decree.Sections.Select(s => (s.Kind, s.Numeral, s.Parent)));
        Assert.Equal("Полиция қызметкерлерінің жалақысын арттыру", decree.Sections[1].Title);
        Assert.Equal(3, Assert.Single(decree.Measures).Section);
        Assert.DoesNotContain(decree.Warnings, w => w.Code == WarningCodes.UnrecognisedRow);
    }

    [Fact]
    public void A_row_of_words_in_the_number_cell_names_a_group_without_a_number()
    {
        var decree = Build(YearHeader +
            "Еңбекақы төлеу жүйесін жетілдіру\t\t\t\t\t\t\t\n" +
            $"1.\t{Title}\t2019 жылғы III тоқсан\tІІМ\tРБ\t100\t200\t300\n");
        var group = Assert.Single(decree.Sections);
        Assert.Equal((SectionKinds.Group, (string?)null), (group.Kind, group.Numeral));
    }

    [Fact]
    public void Unit_budget_programme_and_unknown_columns_are_kept()
    {
        var decree = Build(
            "№\tІс-шараның атауы\tӨлшем бірлігі\tОрындау мерзімі\tЖауапты орындаушылар\tҚаржыландыру көзі\tБюджеттік бағдарламаның коды\t2019 жыл\tКүтілетін нәтиже\n" +
            $"1.\t{Title}\t%\t2019 жылғы III тоқсан\tІІМ\tРБ\t001\t100\tжалақы өсті\n");
        var measure = Assert.Single(decree.Measures);
        Assert.Equal(("%", "001"), (measure.Unit, measure.BudgetProgramme));
        Assert.Equal(new Dictionary<string, string> { ["Күтілетін нәтиже"] = "жалақы өсті" }, measure.Extra);
        var warning = Assert.Single(decree.Warnings);
        Assert.Equal(WarningCodes.UnknownColumn, warning.Code);
        Assert.Equal(9, warning.Location.Column);
    }

    [Fact]
    public void A_five_column_plan_without_money_warns_of_nothing_missing()
    {
        var decree = Build("№\tІс-шаралар\tАяқталу нысаны\tОрындау мерзімі\tЖауапты орындаушылар\n" +
            $"1.\t{Title}\tНҚА\t2019 жылғы III тоқсан\tІІМ\n");
        var measure = Assert.Single(decree.Measures);
        Assert.Null(measure.Financing.Required);
        Assert.Empty(decree.Warnings);
    }

    [Fact]
    public void A_year_cell_that_is_no_amount_is_warned_and_kept_as_text()
    {
        var decree = Build(YearHeader + $"1.\t{Title}\t2019 жылғы III тоқсан\tІІМ\tРБ\t1О0\t200\t–\n");
        Assert.Equal([2020], Assert.Single(decree.Measures).Financing.Amounts.Select(a => a.Year));
        Assert.Contains("2019 жыл – 1О0", decree.Measures[0].Financing.Text, StringComparison.Ordinal);
        Assert.Equal("measure 1: 2019 \"1О0\" is not an amount; kept as text", Assert.Single(decree.Warnings, w => w.Code == WarningCodes.UnreadFinancing).Message);
    }

    [Fact]
    public void Totals_per_source_and_per_group_are_checked_against_their_own_sums()
    {
        var decree = Build(YearHeader +
            "1-бағыт. А\t\t\t\t\t\t\t\n" +
            $"1.\t{Title}\t2019 жылғы III тоқсан\tІІМ\tЖБ\t10\t–\t–\n" +
            "2-бағыт. Б\t\t\t\t\t\t\t\n" +
            $"2.\t{Title}\t2019 жылғы III тоқсан\tІІМ\tРБ\t100\t200\t–\n" +
            "\t\t\t\tЖБ\t5\t–\t–\n" +
            "2-бағыт бойынша барлығы\t\t\t\tРБ\t100\t200\t–\n" +
            "\t\t\t\tЖБ\t5\t–\t–\n" +
            "Барлығы\t\t\t\tРБ\t100\t200\t–\n" +
            "\t\t\t\tЖБ\t15\t–\t–\n");
        Assert.Equal([(2, true), ((int?)null, true)], decree.Totals.Select(t => (t.Section, t.Matches)));
        Assert.Equal([new Amount("РБ", 2019, 100m), new Amount("РБ", 2020, 200m), new Amount("ЖБ", 2019, 15m)], decree.Totals[1].Amounts);
        Assert.DoesNotContain(decree.Warnings, w => w.Code == WarningCodes.TotalsMismatch);
    }

    [Fact]
    public void A_Russian_totals_row_that_does_not_add_up_is_warned()
    {
        var decree = Seed.Build("Постановление Правительства Республики Казахстан от 27 декабря 2018 года № 897.\n\n" +
            "№ п/п\tНаименование мероприятия\tСрок исполнения\tОтветственные исполнители\tИсточник финансирования\tПредполагаемые расходы, млн тенге\t\t\n" +
            "\t\t\t\t\t2019 год\t2020 год\t2021 год\n" +
            "1.\tПовышение окладов\tIII квартал 2019 года\tМВД\tРБ\t100\t200\t–\n" +
            "Итого\t\t\t\tРБ\t100\t250\t–\n");
        var totals = Assert.Single(decree.Totals);
        Assert.False(totals.Matches);
        Assert.Single(decree.Warnings, w => w.Code == WarningCodes.TotalsMismatch);
    }

    [Fact]
    public void Two_plans_in_one_decree_give_ids_that_stay_unique()
    {
        const string plan = "№\tІс-шаралар\tОрындау мерзімі\tЖауапты орындаушылар\n1.\t" + Title + "\t2019 жылғы III тоқсан\tІІМ\n";
        var decree = Build("Қаулыға 1-қосымша\n\n" + plan + "\nҚаулыға 2-қосымша\n\n## Екінші жоспар\n\n" + plan);
        Assert.Equal(["P1800000897/1", "P1800000897/2/1"], decree.Measures.Select(m => m.Id));
        Assert.Equal([1, 2], decree.Measures.Select(m => m.Plan));
        Assert.Equal([("1-қосымша", (string?)null), ("2-қосымша", "Екінші жоспар")], decree.Plans.Select(p => (p.Appendix!, p.Title)));
    }

    [Fact]
    public void A_targets_table_gives_indicators_with_a_value_a_year()
    {
        var decree = Build("## Нысаналы индикаторлар\n\n" +
            "№\tАтауы\tӨлшем бірлігі\tАқпарат көзі\tЖауаптылар\t2019 жыл\t2020 жыл\t2021 жыл\n" +
            "1.\tХалықтың полицияға сенім деңгейі\t%\tәлеуметтік зерттеу\tІІМ\t45,5\t50\t–\n");
        var plan = Assert.Single(decree.Plans);
        Assert.Equal(PlanKinds.Indicators, plan.Kind);
        var indicator = Assert.Single(decree.Indicators);
        Assert.Equal(("P1800000897/1", "%", "әлеуметтік зерттеу"), (indicator.Id, indicator.Unit, indicator.Source));
        Assert.Equal([new IndicatorValue(2019, 45.5m, "45,5"), new IndicatorValue(2020, 50m, "50"), new IndicatorValue(2021, null, "–")], indicator.Values);
        Assert.Equal("ІІМ", Assert.Single(indicator.Responsible).Code);
        Assert.Empty(decree.Measures);
    }
}
