using DecreeParser.Ingest.Pipeline;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Structure.Amendments;

/// <summary>The history the heritage law's notes tell, unit by unit, in Kazakh and Russian.</summary>
public class NoteHistoryTests
{
    private static Decree Law(string language) => DecreePipeline.Convert(Repository.File($"corpus/laws/{language}/104086.md"), $"corpus/laws/{language}/104086.md");

    [Fact]
    public void A_note_citing_two_laws_gives_two_entries_each_with_what_the_words_before_it_say()
    {
        var kk = Law("kk").History;
        // "Ескерту. 1-бап жаңа редакцияда - ҚР 2004.12.20 N 13 (…), 2007.07.21 N 307 Заңдарымен."
        Assert.Equal([("rewrite", "2004-12-20", "13"), ("rewrite", "2007-07-21", "307")],
            kk.Where(h => h.Unit == "chp_1__art_1").Select(h => (h.Action, h.By.Date, h.By.Number)));
        // "Ескерту. 5-бап жаңа редакцияда - ҚР 2004.12.20 N 13 (…), өзгерту енгізілді - 2007.07.21 N 307 Заңдарымен."
        Assert.Equal([("rewrite", "13"), ("amend", "307")], kk.Where(h => h.Unit == "chp_1__art_5").Select(h => (h.Action, h.By.Number)));
        Assert.Equal([("delete", "13")], kk.Where(h => h.Unit == "chp_1__art_6").Select(h => (h.Action, h.By.Number)));
        Assert.All(kk, h => Assert.Equal("law", h.By.Kind));
    }

    [Fact]
    public void The_russian_notes_tell_laws_the_kazakh_tell_too_and_a_note_on_the_act_itself_has_no_unit()
    {
        var ru = Law("ru").History;
        Assert.Equal([("rewrite", "13"), ("amend", "307")], ru.Where(h => h.Unit == "chp_I__art_1").Select(h => (h.Action, h.By.Number)));
        Assert.Contains(ru, h => h.Unit is null);
        // The Kazakh notes name more amending laws (258-IV, 378-IV …); every one the Russian names is among them.
        Assert.Subset(Law("kk").History.Select(h => h.By.Number).ToHashSet(), ru.Select(h => h.By.Number).ToHashSet());
    }
}
