using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Structure;

/// <summary>
/// Roadmaps laid out and worded as other ministries do, filled with the seed's own measure 5: the
/// header is read by stems, so five, six and seven columns all give the same typed measure.
/// </summary>
public class RoadmapLayoutTests
{
    private const string Head = "Қазақстан Республикасы Үкіметінің 2018 жылғы 27 желтоқсандағы № 897 қаулысы.\n\n";
    private const string Title = "Полиция және ҚАЖ қызметкерлерінің лауазымдық жалақысын, оның ішінде штат санын оңтайландырудан үнемделген қаражат есебінен көтеру";
    private const string Amounts = "2019 жыл – 10 171 млн. теңге 2020 жыл – 20 315 млн. теңге 2021 жыл – 21 276 млн. теңге";

    private static Measure Only(string table) => Assert.Single(Seed.Build(Head + table).Measures);

    private static void AssertMeasureFive(Measure measure, bool hasCompletionForm)
    {
        Assert.Equal("5", measure.Number);
        Assert.Equal(Title, measure.Title);
        Assert.Equal(hasCompletionForm ? "НҚА" : null, measure.CompletionForm);
        Assert.Equal(("2019-Q3", "2019-Q3"), (measure.Deadline.From, measure.Deadline.To));
        Assert.Equal(["ІІМ", "Қаржымині"], measure.Responsible.Select(p => p.Text));
        Assert.Equal(["РБ"], measure.Financing.Sources);
        Assert.Equal([10171m, 20315m, 21276m], measure.Financing.Amounts.Select(a => a.MillionTenge));
        Assert.All(measure.Financing.Amounts, a => Assert.Equal("РБ", a.Source));
    }

    [Fact]
    public void Five_columns_without_a_completion_form()
    {
        var measure = Only($"№\tІс-шаралар\tОрындау мерзімі\tЖауапты орындаушылар\tБолжамды шығыстар\n5.\t{Title}\t2019 жылғы III тоқсан\tІІМ, Қаржымині\tРБ {Amounts}\n");
        AssertMeasureFive(measure, hasCompletionForm: false);
    }

    [Fact]
    public void Six_columns_worded_otherwise()
    {
        var measure = Only($"Р/с №\tІс-шаралар\tАяқтау нысаны\tОрындау мерзімі\tЖауапты орындаушылар\tҚаржыландыру көзі\n5.\t{Title}\tНҚА\t2019 жылғы III тоқсан\tІІМ, Қаржымині\tРБ {Amounts}\n");
        AssertMeasureFive(measure, hasCompletionForm: true);
    }

    [Fact]
    public void Seven_columns_with_source_and_amounts_apart()
    {
        var measure = Only($"№ п/п\tІс-шараның атауы\tАяқталу нысаны\tОрындау мерзімі\tОрындауға жауаптылар\tҚаржыландыру көзі\tБолжамды шығыстар (млн. теңге)\n5.\t{Title}\tНҚА\t2019 жылғы III тоқсан\tІІМ, Қаржымині\tРБ\t{Amounts}\n");
        AssertMeasureFive(measure, hasCompletionForm: true);
    }

    [Fact]
    public void Columns_in_another_order()
    {
        var measure = Only($"№\tІс-шараның атауы\tОрындауға жауаптылар\tОрындау мерзімі\tАяқталу нысаны\tҚаржыландыру көзі және болжанатын шығыстар\n5.\t{Title}\tІІМ, Қаржымині\t2019 жылғы III тоқсан\tНҚА\tРБ {Amounts}\n");
        AssertMeasureFive(measure, hasCompletionForm: true);
    }

    [Fact]
    public void A_Russian_header()
    {
        var measure = Only($"№ п/п\tМероприятия\tФорма завершения\tСрок исполнения\tОтветственные исполнители\tИсточники финансирования\tПредполагаемые расходы\n5.\t{Title}\tНҚА\t2019 жылғы III тоқсан\tІІМ, Қаржымині\tРБ\t{Amounts}\n");
        AssertMeasureFive(measure, hasCompletionForm: true);
    }

    [Fact]
    public void A_table_that_is_not_a_roadmap_gives_no_measures_but_stays_as_data()
    {
        var decree = Seed.Build(Head + "№\tМестный исполнительный орган\tЛимит долга местных исполнительных органов, тыс. тенге\n1\tАкмолинская область\t27 617 363,4\n");
        Assert.Empty(decree.Measures);
        Assert.Equal(2, Assert.Single(decree.Tables).Rows.Count);
    }
}
