using DecreeParser.Model.Decrees;
using DecreeParser.Search.Indexing;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Search;

public class AbbreviationRegistryTests
{
    private static AbbreviationRegistry SeedRegistry()
    {
        var registry = new AbbreviationRegistry();
        foreach (var entry in Seed.Decree.Glossary) registry.Add(entry);
        return registry;
    }

    [Fact]
    public void Every_glossary_entry_of_the_seed_is_registered() =>
        Assert.Equal(Seed.Decree.Glossary.Count, SeedRegistry().Count);

    [Fact]
    public void A_code_brings_its_expansion_and_an_inflected_expansion_its_code()
    {
        var registry = SeedRegistry();
        Assert.Contains("Қазақстан Республикасы Денсаулық сақтау министрлігі", registry.Aliases("ІІМ, ДСМ (келісім бойынша)"));
        // Measure 40's title names the ministry in the genitive, without the country.
        Assert.Contains("ДСМ", registry.Aliases(Seed.Measure("40").Title));
        Assert.Contains("ЖАО", registry.Aliases("жергілікті атқарушы органдарға"));
    }

    [Fact]
    public void A_text_naming_no_body_has_no_aliases() =>
        Assert.Empty(SeedRegistry().Aliases("Полицейдің жаңа стандартын әзірлеу"));

    [Fact]
    public void An_entry_given_twice_is_kept_once()
    {
        var registry = new AbbreviationRegistry();
        registry.Add(new GlossaryEntry("ДСМ", "Денсаулық сақтау министрлігі"));
        registry.Add(new GlossaryEntry("ДСМ", "Денсаулық сақтау министрлігі"));
        Assert.Equal(1, registry.Count);
    }
}
