using DecreeParser.Ingest.Repair;
using DecreeParser.Ingest.Structure;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Structure;

public class GlossaryTests
{
    [Fact]
    public void The_seed_glossary_is_read_whole()
    {
        Assert.Equal(25, SeedGlossary.Written.Count);
        Assert.Equal(new GlossaryEntry("АКМ", "Қазақстан Республикасы Ақпарат және коммуникациялар министрлігі"), SeedGlossary.Written[0]);
        Assert.Equal(new GlossaryEntry("ЭТҚ", "Экономикалық тергеу қызметі"), SeedGlossary.Written[^1]);
        Assert.Contains(SeedGlossary.Written, e => e.Abbreviation == "Ұлттық бюро" && e.Expansion.EndsWith("(Сыбайлас жемқорлыққа қарсы қызмет)", StringComparison.Ordinal));
    }

    [Fact]
    public void Keys_whose_expansion_spells_them_otherwise_are_corrected_and_logged()
    {
        var resolver = new AbbreviationResolver(SeedGlossary.Written);
        Assert.Equal([("ІМ", "ІІМ"), ("ІО", "ІІО")], resolver.CorrectedKeys);
        Assert.Equal(
            [("ІМ", "ІІМ"), ("ІО", "ІІО")],
            Seed.Decree.Repairs.Where(r => r.Kind == RepairKinds.GlossaryKey).Select(r => (r.Before, r.After)));
        Assert.Contains(Seed.Decree.Glossary, e => e.Abbreviation == "ІІМ");
        Assert.DoesNotContain(Seed.Decree.Glossary, e => e.Abbreviation == "ІМ");
    }

    [Fact]
    public void A_key_its_expansion_agrees_with_is_kept_as_written()
    {
        // АКМ: "Ақпарат және Коммуникациялар Министрлігі". The text's АҚМ is the variant, not the key.
        Assert.Contains(Seed.Decree.Glossary, e => e.Abbreviation == "АКМ");
        Assert.Equal("АКМ", Seed.Measure("20").Responsible[^1].Code);
    }

    [Fact]
    public void Entries_may_follow_the_note_in_one_paragraph()
    {
        var text = "Ескертпе: аббревиатуралардың толық жазылуы: ДСМ – Денсаулық сақтау министрлігі; РБ – республикалық бюджет.";
        var entries = GlossaryParser.Parse(Ingest.Reading.PlainTextReader.Read(text)).Select(e => e.Entry);
        Assert.Equal([new GlossaryEntry("ДСМ", "Денсаулық сақтау министрлігі"), new GlossaryEntry("РБ", "республикалық бюджет")], entries);
    }

    [Fact]
    public void Every_party_of_the_seed_that_looks_like_an_abbreviation_resolves()
    {
        Assert.DoesNotContain(Seed.Decree.Warnings, w => w.Code is WarningCodes.UndefinedAbbreviation or WarningCodes.AmbiguousAbbreviation);
        var unresolved = Seed.Decree.Measures.SelectMany(m => m.Responsible).Where(p => p.Code is null).Select(p => p.Text).Distinct().Order();
        Assert.Equal(["жұмыс тобы", "мүдделі мемлекеттік органдар", "мүдделі органдар және ұйымдар", "ұйымдар (заңды тұлғалар)"], unresolved);
    }

    [Fact]
    public void An_entry_whose_dash_lost_both_spaces_is_an_entry_not_the_line_before_going_on()
    {
        // As OCR read the seed's 300 dpi scan: "ІІО - ішкі істер органдары" came out "ІО-ішкі …".
        var text = "Ескертпе: аббревиатуралардың толық жазылуы:\n\nІМ – Қазақстан Республикасы Ішкі істер министрлігі\n\nІО-ішкі істер органдары\n\nЭТҚ – Экономикалық тергеу қызметі";
        var entries = GlossaryParser.Parse(Ingest.Reading.PlainTextReader.Read(text)).Select(e => e.Entry);
        Assert.Equal(
            [new GlossaryEntry("ІМ", "Қазақстан Республикасы Ішкі істер министрлігі"), new GlossaryEntry("ІО", "ішкі істер органдары"), new GlossaryEntry("ЭТҚ", "Экономикалық тергеу қызметі")],
            entries);
    }

    [Fact]
    public void A_line_opening_with_an_abbreviation_and_its_ending_goes_on_with_the_entry_before()
    {
        var text = "Ескертпе: аббревиатуралардың толық жазылуы:\n\nЖАО – жергілікті атқарушы органдар, олардың\n\nҚР-ның заңнамасына сәйкес құрылған бөлімшелері\n\nЭТҚ – Экономикалық тергеу қызметі";
        var entries = GlossaryParser.Parse(Ingest.Reading.PlainTextReader.Read(text)).Select(e => e.Entry).ToList();
        Assert.Equal(new GlossaryEntry("ЖАО", "жергілікті атқарушы органдар, олардың ҚР-ның заңнамасына сәйкес құрылған бөлімшелері"), entries[0]);
        Assert.Equal(2, entries.Count);
    }

    [Theory]
    [InlineData("Ескертпе: аббревиатуралардың талық жазылуы:")]   // the seed's page turned 1.9° on the glass: "толық" read "талық"
    [InlineData("Ескертпе: аббревиатуралардын толык жазылуы:")]   // the page fed upside down and turned back: marks lost
    public void The_note_is_found_with_letters_misread_in_it(string note)
    {
        var text = note + "\n\nАКМ - Қазақстан Республикасы Ақпарат және коммуникациялар министрлігі";
        var entries = GlossaryParser.Parse(Ingest.Reading.PlainTextReader.Read(text)).Select(e => e.Entry);
        Assert.Equal([new GlossaryEntry("АКМ", "Қазақстан Республикасы Ақпарат және коммуникациялар министрлігі")], entries);
    }
}
