using DecreeParser.Ingest.Structure;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Structure;

public class MetadataTests
{
    [Fact]
    public void The_head_of_the_seed()
    {
        var decree = Seed.Decree;
        Assert.Equal("P1800000897", decree.Id);
        Assert.Equal(("kk", "қаулы", "897", "2018-12-27"), (decree.Language, decree.Kind, decree.Number, decree.Date));
        Assert.Equal("Қазақстан Республикасының Үкіметі", decree.Issuer);
        Assert.Equal("Қазақстан Республикасының ішкі істер органдарын жаңғырту жөніндегі 2019 – 2021 жылдарға арналған жол картасын бекіту туралы", decree.Title);
        Assert.Equal(Model.Decrees.Decree.CurrentSchemaVersion, decree.SchemaVersion);
    }

    [Fact]
    public void The_id_is_derived_from_the_year_and_number_of_a_Government_resolution()
    {
        var decree = Seed.Build(Seed.With("2018 жылғы 27 желтоқсандағы № 897 қаулысы.", "2021 жылғы 3 наурыздағы № 12 қаулысы."));
        Assert.Equal(("P2100000012", "2021-03-03"), (decree.Id, decree.Date));
    }

    [Fact]
    public void An_id_the_file_is_named_by_comes_first_and_a_disagreement_is_warned()
    {
        var named = Seed.Build(Seed.Text, "downloads/P1800000897.txt");
        Assert.Equal("P1800000897", named.Id);
        Assert.DoesNotContain(named.Warnings, w => w.Code == WarningCodes.IdMismatch);

        var misnamed = Seed.Build(Seed.Text, "downloads/P1800000898.txt");
        Assert.Equal("P1800000898", misnamed.Id);
        Assert.Contains(misnamed.Warnings, w => w.Code == WarningCodes.IdMismatch);
    }

    [Fact]
    public void Operative_points_with_their_sub_items()
    {
        var points = Seed.Decree.Paragraphs;
        Assert.Equal(["1", "2", "3", "4", "5"], points.Select(p => p.Number));
        Assert.Equal(["1", "2"], points[1].Items.Select(i => i.Number));
        Assert.StartsWith("жыл сайын жартыжылдықтың қорытындысы бойынша", points[1].Items[1].Text, StringComparison.Ordinal);
        Assert.Equal("Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.", points[4].Text);
    }

    [Fact]
    public void The_signatory()
    {
        Assert.Equal(new Model.Decrees.Signatory("Қазақстан Республикасының Премьер-Министрі", "Б. Сағынтаев"), Seed.Decree.Signatory);
    }
}
