using DecreeParser.Ingest.Pipeline;
using DecreeParser.Ingest.Structure.Citations;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Structure.Citations;

/// <summary>References to other acts as Kazakh and Russian texts write them, taken from the bundled acts.</summary>
public class CitationFinderTests
{
    [Theory]
    // The seed's measure 5.5.
    [InlineData("Үкіметтің 2017 жылғы 16 қазандағы № 646 қаулысына өзгерістер мен толықтырулар енгізу", "resolution", "Үкіметтің", "2017-10-16", "646", null, "P1700000646")]
    // The Kazakh order V1600014606: title first, registration number after.
    [InlineData("\"Шығыстардың тізбесін бекіту туралы\" Қазақстан Республикасы Қаржы министрінің 2016 жылғы 27 қаңтардағы № 30 бұйрығына (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 13301 болып тіркелген)", "order", "Қазақстан Республикасы Қаржы министрінің", "2016-01-27", "30", "Шығыстардың тізбесін бекіту туралы", "V1600013301")]
    // Its Russian twin: kind first, title last.
    [InlineData("Внести в приказ Министра финансов Республики Казахстан от 27 января 2016 года № 30 \"Об утверждении перечня\" (зарегистрирован в Реестре государственной регистрации нормативных правовых актов под № 13301)", "order", "Министра финансов Республики Казахстан", "2016-01-27", "30", "Об утверждении перечня", "V1600013301")]
    // The amending law 28794: Kazakh writes the issuer after the date.
    [InlineData("\"ЖҚТБ ауруының алдын алу туралы\" 1994 жылғы 5 қазандағы Қазақстан Республикасының Заңына мынадай өзгерістер", "law", "Қазақстан Республикасының", "1994-10-05", null, "ЖҚТБ ауруының алдын алу туралы", null)]
    [InlineData("Внести в Закон Республики Казахстан от 5 октября 1994 г. \"О профилактике заболевания СПИД\" (Ведомости", "law", "Республики Казахстан", "1994-10-05", null, "О профилактике заболевания СПИД", null)]
    // The publisher's notes, dates in figures.
    [InlineData("Ескерту. 1-бап жаңа редакцияда - ҚР 2004.12.20 N 13 (2005 жылғы 1 қаңтардан бастап күшіне енеді) Заңымен.", "law", "ҚР", "2004-12-20", "13", null, null)]
    [InlineData("Статья 16 предусмотрена в редакции Закона РК от 05.07.2011 № 452-IV (вводится в действие с 13.10.2011).", "law", "РК", "2011-07-05", "452-IV", null, null)]
    [InlineData("В соответствии с пунктом 2 статьи 210 Бюджетного кодекса Республики Казахстан от 4 декабря 2008 года ПРИКАЗЫВАЮ:", "code", "Республики Казахстан", "2008-12-04", null, null, null)]
    [InlineData("постановлением Правительства Республики Казахстан от 16 октября 2017 года № 646", "resolution", "Правительства Республики Казахстан", "2017-10-16", "646", null, "P1700000646")]
    [InlineData("Қазақстан Республикасы Президентінің 2014 жылғы 29 шілдедегі № 874 Жарлығымен", "decree", "Қазақстан Республикасы Президентінің", "2014-07-29", "874", null, "U1400000874")]
    public void A_reference_gives_its_kind_issuer_date_number_title_and_adilet_id(string text, string kind, string issuer, string date, string? number, string? title, string? id)
    {
        var citation = Assert.Single(CitationFinder.InText(text));
        Assert.Equal((kind, issuer, date, number, title, id), (citation.Kind, citation.Issuer, citation.Date, citation.Number, citation.Title, citation.Id));
        Assert.Equal(citation.Text, text.Substring(citation.Start, citation.Length));
    }

    [Theory]
    [InlineData("Күші жойылды - Қазақстан Республикасы Қаржы министрінің 2025 жылғы 10 маусымдағы № 293 бұйрығымен.", "Қазақстан Республикасы Қаржы министрінің")]
    public void The_issuer_starts_at_the_state_not_at_the_words_before_it(string text, string issuer) =>
        Assert.Equal(issuer, Assert.Single(CitationFinder.InText(text)).Issuer);

    [Theory]
    [InlineData("2019 жылғы І тоқсан")]
    [InlineData("(Қазақстан Республикасы Жоғарғы Кеңесінің Жаршысы, 1994 ж., N 16-17, 212-құжат)")]
    [InlineData("2019 жыл - 10 171 млн. теңге")]
    public void Dates_and_numbers_that_name_no_act_are_no_reference(string text) => Assert.Empty(CitationFinder.InText(text));

    [Fact]
    public void The_seeds_measures_cite_two_resolutions_from_their_cells()
    {
        var citations = Seed.Decree.Citations;

        Assert.Equal(["P1700000646", "P1700000646", "P1400001209"], citations.Select(c => c.Id));
        Assert.All(citations, c => Assert.Equal("tables", c.In));
        var first = citations[0];
        Assert.Equal(first.Text, Seed.Decree.Tables[first.Index].Rows[first.Row!.Value].Cells[first.Cell!.Value].Text.Substring(first.Start, first.Length));
    }

    [Fact]
    public void An_order_cited_twice_has_the_id_its_registration_gives_at_both_and_its_own_act_line_is_no_reference()
    {
        var order = DecreePipeline.Convert(Repository.File("corpus/adilet/ru/V1600014592.html"), "corpus/adilet/ru/V1600014592.html");
        Assert.DoesNotContain(order.Citations, c => c.Number == order.Number && c.Date == order.Date);

        var amending = DecreePipeline.Convert(Repository.File("corpus/adilet/kk/V1600014606.html"), "corpus/adilet/kk/V1600014606.html");
        var cited = amending.Citations.Where(c => c.Number == "30").ToList();
        Assert.Equal(2, cited.Count);
        Assert.All(cited, c => Assert.Equal("V1600013301", c.Id));
    }
}
