using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Export;

/// <summary>
/// `decree export --format akn` over the seed, the adilet orders and the laws: one file a decree,
/// each valid against the Akoma Ntoso 3.0 schema (docs/akn), with the act's tree, its roadmap's
/// fields marked, its references, its amending instructions and its notes.
/// </summary>
public sealed class AknExportTests : IDisposable
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static readonly string[] Languages = ["kk", "ru"];
    private static readonly string[] Laws = ["28794", "104086"];
    private readonly TempDirectory temp = new();
    private readonly Dictionary<string, XDocument> files;

    public AknExportTests()
    {
        var inputs = new[] { Repository.SeedPath }.Concat(SearchCorpus.AdiletPages.Select(Repository.File))
            .Concat(Languages.SelectMany(l => Laws.Select(n => Repository.File($"corpus/laws/{l}/{n}.md"))));
        Assert.Equal(0, Command.Run(["convert", .. inputs, "--out", temp.File("json")]).Exit);
        Assert.Equal(0, Command.Run("export", "--in", temp.File("json"), "--out", temp.File("akn"), "--format", "akn").Exit);
        files = Directory.GetFiles(temp.File("akn"), "*.xml").ToDictionary(path => Path.GetFileName(path), path => XDocument.Load(path));
    }

    [Fact]
    public void Each_decree_and_law_is_one_file_named_by_id_and_language_and_valid_against_the_schema()
    {
        Assert.Equal(["104086.kk.xml", "104086.ru.xml", "28794.kk.xml", "28794.ru.xml", "P1800000897.kk.xml", "V1600014592.ru.xml", "V1600014606.kk.xml", "V1600014606.ru.xml"], files.Keys.Order(StringComparer.Ordinal));
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(Akn.NamespaceName, Repository.File("docs/akn/akomantoso30.xsd"));
        foreach (var (name, document) in files)
        {
            var errors = new List<string>();
            document.Validate(schemas, (_, e) => errors.Add($"{name}: {e.Message}"));
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void The_seed_is_a_resolution_with_its_points_its_roadmap_fields_marked_and_its_references()
    {
        var seed = files["P1800000897.kk.xml"];
        Assert.Equal("/akn/kz/act/resolution/2018-12-27/897/kaz@", Value(seed, "FRBRExpression", "FRBRuri"));
        Assert.Equal(["para_1", "para_2", "para_3", "para_4", "para_5", "att_1"], seed.Descendants(Akn + "body").Elements().Select(e => (string)e.Attribute("eId")!));
        var rows = seed.Descendants(Akn + "table").Single().Elements(Akn + "tr").Skip(1).ToList();
        Assert.Equal(127, rows.Count);
        Assert.Equal(127, seed.Descendants(Akn + "inline").Count(i => (string?)i.Attribute("name") == "deadline"));
        Assert.Contains(seed.Descendants(Akn + "organization"), o => (string?)o.Attribute("refersTo") == "#org_ІІМ");
        Assert.Contains(seed.Descendants(Akn + "ref"), r => (string?)r.Attribute("href") == "/akn/kz/act/resolution/2017-10-16/646");
    }

    [Theory]
    [InlineData("28794.kk.xml")]
    [InlineData("28794.ru.xml")]
    public void The_amending_law_marks_each_instruction_as_a_mod_and_lists_it_as_an_active_modification(string file)
    {
        var law = files[file];
        var mods = law.Descendants(Akn + "mod").Select(m => (string)m.Attribute("eId")!).ToList();
        Assert.Equal(26, mods.Count);
        var sources = law.Descendants(Akn + "textualMod").Select(t => (string)t.Element(Akn + "source")!.Attribute("href")!).ToList();
        Assert.Equal(mods.Select(id => $"#{id}"), sources);
        Assert.Contains(law.Descendants(Akn + "destination"), d => (string?)d.Attribute("href") == "/akn/kz/act/law/1994-10-05/~art_1__point_5");
    }

    [Fact]
    public void The_heritage_law_keeps_its_chapters_articles_repealed_units_and_notes()
    {
        var law = files["104086.kk.xml"];
        Assert.Equal(9, law.Descendants(Akn + "chapter").Count());
        Assert.Equal(44, law.Descendants(Akn + "article").Count());
        Assert.Contains(law.Descendants(Akn + "article"), a => (string?)a.Attribute("eId") == "chp_1__art_6" && (string?)a.Attribute("status") == "removed");
        Assert.Contains(law.Descendants(Akn + "authorialNote"), n => n.Value.StartsWith("Ескерту. 2-бап жаңа редакцияда", StringComparison.Ordinal));
    }

    private static string? Value(XDocument document, string parent, string element) =>
        (string?)document.Descendants(Akn + parent).Single().Element(Akn + element)?.Attribute("value");

    public void Dispose() => temp.Dispose();
}
