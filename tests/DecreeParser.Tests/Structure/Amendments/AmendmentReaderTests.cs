using DecreeParser.Ingest.Pipeline;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Structure.Amendments;

/// <summary>
/// The instructions of the bundled amending acts: the law amending the AIDS law (corpus/laws/*/28794.md,
/// sixteen items, 26 instructions, read alike in Kazakh and Russian) and the adilet order amending order
/// No. 30; the whole of each also stands in the laws' goldens (ActTreeTests).
/// </summary>
public class AmendmentReaderTests
{
    private static Decree Law(string language) => DecreePipeline.Convert(Repository.File($"corpus/laws/{language}/28794.md"), $"corpus/laws/{language}/28794.md");

    // Item by item, the actions its instructions take, as a reader of either text counts them.
    private static readonly string[][] Actions =
    [
        ["rewrite"], ["insert", "replace", "rewrite"], ["insert"], ["delete"], ["insert", "replace", "replace", "insert", "rewrite"],
        ["insert"], ["insert"], ["replace", "insert"], ["rewrite"], ["renumber", "delete", "replace", "replace"],
        ["delete"], ["replace"], ["rewrite"], ["delete"], ["replace"], ["insert"],
    ];

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void The_sixteen_items_give_their_instructions_with_the_actions_they_take(string language)
    {
        var amendments = Law(language).Amendments;

        var byItem = Enumerable.Range(1, 16).Select(item => amendments.Where(a => a.Id.StartsWith($"art_1__point_{item}__", StringComparison.Ordinal)).Select(a => a.Action).ToArray());
        Assert.Equal(Actions, byItem);
        Assert.All(amendments, a => Assert.Equal(("law", "1994-10-05"), (a.Target.Kind, a.Target.Date)));
    }

    [Fact]
    public void Both_texts_name_the_same_units_and_the_same_numbers_of_words_but_in_item_5_where_they_differ()
    {
        // Item 5 differs in the texts themselves: Kazakh mends subpoints 3), 4) and 6) one each ("орыс
        // тіліндегі мәтінге түзету енгізілді"), Russian subpoint 3) twice and 4) with 6) at once.
        static List<Amendment> Compared(string language) => [.. Law(language).Amendments.Where(a => !a.Id.StartsWith("art_1__point_5__", StringComparison.Ordinal))];
        var kk = Compared("kk");
        var ru = Compared("ru");

        Assert.Equal(ru.Select(a => a.UnitId), kk.Select(a => a.UnitId));
        Assert.Equal(ru.Select(a => (a.Old.Count, a.New.Count)), kk.Select(a => (a.Old.Count, a.New.Count)));
    }

    [Fact]
    public void A_replacement_gives_the_old_and_new_words_and_a_rewrite_the_whole_new_wording()
    {
        var ru = Law("ru").Amendments.ToDictionary(a => a.Id);

        var replaced = ru["art_1__point_2__mod_2"];
        Assert.Equal(("art_1__point_5", "replace"), (replaced.UnitId, replaced.Action));
        Assert.Equal(["медицинские организации"], replaced.Old);
        Assert.Equal(["организации здравоохранения"], replaced.New);

        var rewritten = ru["art_1__point_2__mod_3"];
        Assert.Equal(("art_1__point_8", "rewrite"), (rewritten.UnitId, rewritten.Action));
        Assert.StartsWith("8) уполномоченный орган в области здравоохранения", Assert.Single(rewritten.New), StringComparison.Ordinal);
        Assert.EndsWith("контроля за качеством медицинских услуг.", rewritten.New[0], StringComparison.Ordinal);

        // Item 3 adds two articles over seven paragraphs: one wording, quotation marks off.
        var added = Assert.Single(ru["art_1__point_3__mod_1"].New);
        Assert.StartsWith("Статья 1-1.", added, StringComparison.Ordinal);
        Assert.Contains("\nСтатья 1-2.", added, StringComparison.Ordinal);

        var kk = Law("kk").Amendments.ToDictionary(a => a.Id);
        Assert.Equal(["мекемелерінде", "мекемелері"], kk["art_1__point_10__mod_3"].Old);
        Assert.Equal(["ұйымдарында", "ұйымдары"], kk["art_1__point_10__mod_3"].New);
        Assert.Equal("art_2-3__para_2__point_2", kk["art_1__point_6__mod_1"].UnitId);
    }

    [Theory]
    [InlineData("kk/V1600014606.html", "7 \"Ескерту\" деген баған", "Тауарларды (жұмыстар", "жүзеге асырылады.")]
    [InlineData("ru/V1600014606.html", "графу 7 \"Примечание\"", "Кроме гражданско-правовых", "документов.")]
    public void The_adilet_order_rewrites_a_column_of_order_30_over_three_paragraphs(string page, string unit, string starts, string ends)
    {
        var order = DecreePipeline.Convert(Repository.File($"corpus/adilet/{page}"), $"corpus/adilet/{page}");

        var amendment = Assert.Single(order.Amendments);
        Assert.Equal(new AmendedAct("order", amendment.Target.Title, "2016-01-27", "30", "V1600013301"), amendment.Target);
        Assert.Equal(("rewrite", unit), (amendment.Action, amendment.Unit));
        var wording = Assert.Single(amendment.New);
        Assert.StartsWith(starts, wording, StringComparison.Ordinal);
        Assert.EndsWith(ends, wording, StringComparison.Ordinal);
        Assert.Equal(3, wording.Split('\n').Length);
    }

    [Fact]
    public void An_act_that_amends_nothing_has_no_amendments()
    {
        Assert.Empty(Seed.Decree.Amendments);
        Assert.Empty(DecreePipeline.Convert(Repository.File("corpus/laws/kk/104086.md"), "corpus/laws/kk/104086.md").Amendments);
    }
}
