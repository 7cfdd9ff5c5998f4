using System.Text.Json.Nodes;
using DecreeParser.Ingest.Json;
using DecreeParser.Ingest.Pipeline;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;
using Json.Schema;

namespace DecreeParser.Tests.Structure.Tree;

/// <summary>
/// The tree of real laws (corpus/laws: kz-laws' Markdown, read as text dumps): each gives its golden
/// JSON (checked by eye against the law's text; `UPDATE_GOLDEN=1 dotnet test --filter ActTreeTests`
/// rewrites them, read the diff), the Kazakh and Russian texts of one law give the same units, and
/// the tree is the same without the Markdown's "#" markers.
/// </summary>
public class ActTreeTests
{
    public static TheoryData<string, string> Laws => new()
    {
        { "kk", "28794" }, { "ru", "28794" }, { "kk", "104086" }, { "ru", "104086" },
    };

    private static readonly Dictionary<string, Decree> Converted = [];

    private static Decree Law(string language, string number)
    {
        lock (Converted)
        {
            var name = $"laws/{language}/{number}.md";
            if (!Converted.TryGetValue(name, out var decree)) Converted[name] = decree = DecreePipeline.Convert(Repository.File($"corpus/{name}"), $"corpus/{name}");
            return decree;
        }
    }

    [Theory]
    [MemberData(nameof(Laws))]
    public void Each_law_gives_its_golden_json(string language, string number)
    {
        var actual = DecreeJson.Serialize(Law(language, number));
        var path = Path.Combine(Repository.Root, "corpus", "expected", "laws", $"{number}.{language}.json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Theory]
    [MemberData(nameof(Laws))]
    public void Each_laws_json_follows_the_published_schema(string language, string number)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Repository.SchemaPath));
        var results = schema.Evaluate(JsonNode.Parse(DecreeJson.Serialize(Law(language, number))), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join("\n", results.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [MemberData(nameof(Laws))]
    public void The_tree_is_the_same_without_the_markdown_heading_markers(string language, string number)
    {
        using var temp = new TempDirectory();
        var stripped = File.ReadAllLines(Repository.File($"corpus/laws/{language}/{number}.md")).Select(line => line.TrimStart('#').TrimStart());
        File.WriteAllLines(temp.File($"{number}.md"), stripped);

        var plain = DecreePipeline.Convert(temp.File($"{number}.md"), $"corpus/laws/{language}/{number}.md");

        Assert.Equal(Outline(Law(language, number).Structure), Outline(plain.Structure));
    }

    [Fact]
    public void The_heritage_law_has_its_nine_chapters_and_44_articles_in_both_languages_and_not_its_table_of_contents()
    {
        foreach (var language in new[] { "kk", "ru" })
        {
            var units = All(Law(language, "104086").Structure).ToList();
            Assert.Equal(9, Law(language, "104086").Structure.Count(u => u.Kind == UnitKinds.Chapter));
            Assert.Equal(44, units.Count(u => u.Kind == UnitKinds.Article));
            Assert.Equal(22, units.Count(u => u.Kind == UnitKinds.Point));
            Assert.Equal(99, units.Count(u => u.Kind == UnitKinds.Subpoint));
            Assert.Single(units, u => u.Kind == UnitKinds.Article && u.Id.EndsWith("art_1", StringComparison.Ordinal));
            Assert.Contains(units, u => u.Id == "chp_3__art_20-1");
        }
        var kk = All(Law("kk", "104086").Structure).ToDictionary(u => u.Id);
        Assert.Equal("Осы Заңның мақсаты", kk["chp_1__art_2"].Heading);
        Assert.Equal(["1)", "2)", "3)", "4)", "5)"], kk["chp_1__art_2"].Children.Select(u => u.Num));
        Assert.StartsWith("мемлекеттік органдардың", kk["chp_1__art_2__point_4"].Text, StringComparison.Ordinal);
        Assert.Equal(["Ескерту. 2-бап жаңа редакцияда - ҚР 2007.07.21 N 307 Заңымен."], kk["chp_1__art_2"].Notes);
        var ru = All(Law("ru", "104086").Structure).ToDictionary(u => u.Id);
        Assert.Equal("Цели настоящего Закона", ru["chp_I__art_2"].Heading);
    }

    [Fact]
    public void Repealed_units_are_kept_and_marked_alike_in_both_languages_but_where_the_kazakh_note_names_another_article()
    {
        static List<string> Repealed(Decree law) => All(law.Structure).Where(u => u.Repealed).Select(u => u.Id.Replace("chp_I__", "chp_1__", StringComparison.Ordinal)).ToList();
        var kk = Repealed(Law("kk", "104086"));
        var ru = Repealed(Law("ru", "104086"));

        Assert.Contains("chp_1__art_6", kk);
        Assert.Contains("chp_3__art_18__point_2", kk);
        Assert.Contains("chp_9", kk);
        // Article 24: "(Статья исключена …)" in Russian; the Kazakh note under it says "23-бап алып тасталды".
        Assert.Equal(["chp_5__art_24"], ru.Except(kk));
        Assert.Empty(kk.Except(ru));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void The_amending_law_has_sixteen_items_and_its_quoted_wording_stays_in_them(string language)
    {
        var law = Law(language, "28794");
        Assert.Equal(["art_1", "art_2"], law.Structure.Select(u => u.Id));
        var items = law.Structure[0].Children;
        Assert.Equal(Enumerable.Range(1, 16).Select(n => $"{n})"), items.Select(u => u.Num));
        Assert.All(items, item => Assert.Empty(item.Children));
        // Item 3 adds articles 1-1 and 1-2: their wording is the item's text, not articles of this law.
        Assert.Contains(language == "kk" ? "\"1-1-бап." : "\"Статья 1-1.", items[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_eid_of_every_bundled_act_is_unique()
    {
        foreach (var (language, number) in new[] { ("kk", "28794"), ("ru", "28794"), ("kk", "104086"), ("ru", "104086") })
        {
            var ids = All(Law(language, number).Structure).Select(u => u.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            Assert.DoesNotContain(ids, id => id.Contains("_dup", StringComparison.Ordinal));
        }
    }

    public static IEnumerable<ActUnit> All(IEnumerable<ActUnit> units) => units.SelectMany(u => All(u.Children).Prepend(u));

    private static List<string> Outline(IEnumerable<ActUnit> units) =>
        All(units).Select(u => $"{u.Id}|{u.Num}|{u.Heading}|{u.Text}|{u.Repealed}|{string.Join("/", u.Notes ?? [])}").ToList();
}
