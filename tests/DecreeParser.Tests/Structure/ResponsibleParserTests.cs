using DecreeParser.Ingest.Repair;
using DecreeParser.Ingest.Structure;
using DecreeParser.Model;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Structure;

/// <summary>Responsible cells of the seed, read against the seed's own glossary.</summary>
public class ResponsibleParserTests
{
    private readonly RepairLog _repairs = new();
    private readonly WarningLog _warnings = new();

    private IReadOnlyList<ResponsibleParty> Read(string cell, IEnumerable<GlossaryEntry>? glossary = null)
    {
        var parser = new ResponsibleParser(new AbbreviationResolver(glossary ?? SeedGlossary.Written), _repairs, _warnings);
        return parser.Parse(cell, new SourceLocation { Line = 1 });
    }

    [Fact]
    public void Parties_by_agreement_with_the_Presidential_Administration()
    {
        var parties = Read("ІІМ, мүдделі мемлекеттік органдар (ПӘ-мен келісу бойынша)");
        Assert.Equal(2, parties.Count);
        Assert.Equal(new ResponsibleParty("ІІМ", "ІІМ", "Қазақстан Республикасы Ішкі істер министрлігі", false, null), parties[0]);
        Assert.Equal(new ResponsibleParty("мүдделі мемлекеттік органдар", null, null, true, "ПӘ"), parties[1]);
    }

    [Fact]
    public void By_agreement_with_no_one_named()
    {
        var parties = Read("ІІМ, БП (келісу бойынша), ДСМ, Әділетмині");
        Assert.Equal(["ІІМ", "БП", "ДСМ", "Әділетмині"], parties.Select(p => p.Code));
        Assert.Equal([false, true, false, false], parties.Select(p => p.ByAgreement));
        Assert.Null(parties[1].AgreementWith);
        Assert.Equal("Қазақстан Республикасы Әділет министрлігі", parties[3].Expansion);
    }

    [Fact]
    public void A_stray_comma_before_the_bracket_does_not_move_the_agreement()
    {
        var parties = Read("ІМ, ДСМ, ЖАО, БП, (келісу бойынша) ЭТҚ, Ұлттық бюро (келісу бойынша)");
        Assert.Equal(["ІІМ", "ДСМ", "ЖАО", "БП", "ЭТҚ", "Ұлттық бюро"], parties.Select(p => p.Code));
        Assert.Equal([false, false, false, true, false, true], parties.Select(p => p.ByAgreement));
        Assert.Contains(_repairs.Entries, r => r.Kind == RepairKinds.AgreementReattached);
    }

    [Fact]
    public void And_splits_parties_only_beside_an_abbreviation()
    {
        var withCode = Read("ІМ, мүдделі мемлекеттік органдар, ЖАО және ұйымдар (заңды тұлғалар) (ПӘ-мен келісу бойынша)");
        Assert.Equal(["ІМ", "мүдделі мемлекеттік органдар", "ЖАО", "ұйымдар (заңды тұлғалар)"], withCode.Select(p => p.Text));
        Assert.Equal([false, false, false, true], withCode.Select(p => p.ByAgreement));

        var withoutCode = Read("ІІМ, мүдделі органдар және ұйымдар (ПӘ-мен келісу бойынша)");
        Assert.Equal(["ІІМ", "мүдделі органдар және ұйымдар"], withoutCode.Select(p => p.Text));
    }

    [Theory]
    [InlineData("АҚМ", "АКМ")]   // К/Қ: the glossary writes АКМ
    [InlineData("ҰЕҰ", "ҮЕҰ")]   // Ү/Ұ
    [InlineData("ІМ", "ІІМ")]    // the glossary key dropped an І; the expansion's initials say ІІМ
    [InlineData("ПМ", "ІІМ")]    // П read for ІІ
    [InlineData("ІІМ", "ІІМ")]
    public void Abbreviations_resolve_through_one_OCR_confusion(string written, string code)
    {
        var party = Assert.Single(Read(written));
        Assert.Equal((written, code), (party.Text, party.Code));
        Assert.NotNull(party.Expansion);
        if (written != code) Assert.Contains(_repairs.Entries, r => r.Kind == RepairKinds.AbbreviationVariant && r.Before == written && r.After == code);
        Assert.Empty(_warnings.Entries);
    }

    [Fact]
    public void A_plain_party_has_no_code_and_no_warning()
    {
        var party = Assert.Single(Read("жұмыс тобы"));
        Assert.Equal(new ResponsibleParty("жұмыс тобы", null, null, false, null), party);
        Assert.Empty(_warnings.Entries);
    }

    [Fact]
    public void An_abbreviation_nobody_defines_is_warned_once_and_not_guessed()
    {
        var parties = Read("ІІМ, ЦБА, ЦБА (келісу бойынша)");
        Assert.All(parties.Skip(1), p => Assert.Null(p.Code));
        var warning = Assert.Single(_warnings.Entries);
        Assert.Equal(WarningCodes.UndefinedAbbreviation, warning.Code);
        Assert.Contains("ЦБА", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_abbreviation_near_two_entries_is_ambiguous_and_not_guessed()
    {
        GlossaryEntry[] glossary = [new("ҮЭМ", "үлгілік экономикалық модель"), new("ҰЭМ", "Ұлттық экономика министрлігі")];
        var party = Assert.Single(Read("УЭМ", glossary));
        Assert.Null(party.Code);
        Assert.Equal(WarningCodes.AmbiguousAbbreviation, Assert.Single(_warnings.Entries).Code);
    }
}

/// <summary>The seed's glossary as written, before keys are corrected.</summary>
internal static class SeedGlossary
{
    public static readonly IReadOnlyList<GlossaryEntry> Written =
        GlossaryParser.Parse(new BlockRepairer().Repair(Ingest.Reading.PlainTextReader.Read(Seed.Text), new RepairLog())).Select(e => e.Entry).ToList();
}
