using System.Text.Json;
using DecreeParser.Cli;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Cli;

public class SearchCommandTests
{
    private static string IndexCorpus(TempDirectory temp)
    {
        var json = temp.File("json");
        Assert.Equal(0, Command.Run(["convert", Repository.SeedPath, .. SearchCorpus.AdiletPages.Select(Repository.File), "--out", json]).Exit);
        var index = temp.File("index");
        var (code, output, _) = Command.Run("index", json, "--index", index);
        Assert.Equal(0, code);
        Assert.Contains("indexed 4 decrees, 127 measures", output, StringComparison.Ordinal);
        return index;
    }

    [Fact]
    public void Index_then_search_as_json_gives_one_object_with_hits_and_facets()
    {
        using var temp = new TempDirectory();
        var index = IndexCorpus(temp);
        var (code, output, error) = Command.Run("search", "облыстарының", "--index", index, "--json");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("облыстарының", root.GetProperty("query").GetString());
        var hit = root.GetProperty("hits")[0];
        Assert.Equal("P1800000897/52", hit.GetProperty("id").GetString());
        Assert.Equal("P1800000897", hit.GetProperty("decree").GetString());
        Assert.Equal("52", hit.GetProperty("number").GetString());
        Assert.True(hit.GetProperty("score").GetDouble() > 0);
        Assert.Contains("облыстардың", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, root.GetProperty("facets").GetProperty("responsible").GetProperty("ІІМ").GetInt32());
    }

    [Fact]
    public void The_group_facet_counts_the_matches_per_section_and_the_group_filter_keeps_one()
    {
        using var temp = new TempDirectory();
        var index = IndexCorpus(temp);
        const string wages = "II. ҚЫЗМЕТКЕРЛЕРГЕ ЕҢБЕКАҚЫ ТӨЛЕУ ЖӘНЕ ӘЛЕУМЕТТІК ҚОРҒАУ ЖҮЙЕСІН ЖАҚСАРТУ";
        var (_, all, _) = Command.Run("search", "жалақы", "--index", index, "--json", "--limit", "50");
        using var json = JsonDocument.Parse(all);
        var inWages = json.RootElement.GetProperty("facets").GetProperty("group").GetProperty(wages).GetInt32();
        Assert.True(inWages > 0);
        var (code, narrowed, _) = Command.Run("search", "жалақы", "--index", index, "--json", "--limit", "50", "--group", wages);
        Assert.Equal(0, code);
        using var filtered = JsonDocument.Parse(narrowed);
        Assert.Equal(inWages, filtered.RootElement.GetProperty("total").GetInt32());
        var sectionTwo = Seed.Decree.Measures.Where(m => m.Section == 2).Select(m => m.Number).ToHashSet();
        Assert.All(filtered.RootElement.GetProperty("hits").EnumerateArray(), hit => Assert.Contains(hit.GetProperty("number").GetString()!, sectionTwo));
    }

    [Fact]
    public void Text_output_marks_the_match_and_lists_facets()
    {
        using var temp = new TempDirectory();
        var index = IndexCorpus(temp);
        var (code, output, _) = Command.Run("search", "ДСМ", "--index", index, "--year", "2019", "--limit", "3");
        Assert.Equal(0, code);
        Assert.Contains("⟦ДСМ⟧", output, StringComparison.Ordinal);
        Assert.Contains("responsible: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Searching_a_missing_or_damaged_index_is_one_line_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var missing = Command.Run("search", "полиция", "--index", temp.File("none"));
        Assert.Equal(ExitCodes.NothingDone, missing.Exit);
        Assert.Single(missing.Error.Trim().Split('\n'));
        Assert.False(Directory.Exists(temp.File("none")));

        var index = IndexCorpus(temp);
        foreach (var file in Directory.GetFiles(index, "segments_*")) File.WriteAllBytes(file, [1, 2, 3, 4, 5]);
        var before = Directory.GetFiles(index).ToDictionary(f => f, File.ReadAllBytes);
        var damaged = Command.Run("search", "полиция", "--index", index);
        Assert.Equal(ExitCodes.NothingDone, damaged.Exit);
        Assert.Single(damaged.Error.Trim().Split('\n'));
        Assert.Contains(index, damaged.Error, StringComparison.Ordinal);
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(index).Order());
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
    }

    [Fact]
    public void Cites_lists_the_acts_citing_an_adilet_id_with_their_references()
    {
        using var temp = new TempDirectory();
        var index = IndexCorpus(temp);

        var (code, output, _) = Command.Run("search", "--cites", "P1700000646", "--index", index);
        Assert.Equal(0, code);
        Assert.Contains("1 act(s) cite P1700000646", output, StringComparison.Ordinal);
        Assert.Contains("\"Үкіметтің 2017 жылғы 16 қазандағы № 646 қаулысына\"", output, StringComparison.Ordinal);

        (code, output, _) = Command.Run("search", "--cites", "V1600013301", "--index", index, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["V1600014606", "V1600014606.ru"], json.RootElement.GetProperty("acts").EnumerateArray().Select(a => a.GetProperty("key").GetString()));

        // Read as `decree fetch` reads an id: in lower case, or as the act's adilet address.
        (code, output, _) = Command.Run("search", "--cites", "https://adilet.zan.kz/kaz/docs/p1700000646", "--index", index);
        Assert.Equal(0, code);
        Assert.Contains("1 act(s) cite P1700000646", output, StringComparison.Ordinal);

        (code, _, var error) = Command.Run("search", "--cites", "646", "--index", index);
        Assert.Equal(ExitCodes.NothingDone, code);
        Assert.Contains("\"646\" is not an adilet id", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_query_is_refused(string query)
    {
        using var temp = new TempDirectory();
        var (code, _, error) = Command.Run("search", query, "--index", temp.Path);
        Assert.Equal(ExitCodes.NothingDone, code);
        Assert.Equal("error: the query is empty", error.Trim());
    }

    [Fact]
    public void An_unknown_deadline_kind_is_refused_with_the_known_ones()
    {
        using var temp = new TempDirectory();
        var (code, _, error) = Command.Run("search", "полиция", "--index", temp.Path, "--deadline-kind", "weekly");
        Assert.Equal(ExitCodes.NothingDone, code);
        Assert.Contains("unknown deadline kind \"weekly\" (known: quarter, quarterRange", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_of_ten_thousand_characters_is_refused()
    {
        using var temp = new TempDirectory();
        var (code, _, error) = Command.Run("search", new string('а', 10_000), "--index", temp.Path);
        Assert.Equal(ExitCodes.NothingDone, code);
        Assert.Contains("10000 characters", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_that_is_not_a_decree_is_reported_and_nothing_is_written()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("config.json"), "{\"name\": \"not a decree\"}");
        File.WriteAllText(temp.File("broken.json"), "{\"schemaVersion\": ");
        var index = temp.File("index");
        var (code, _, error) = Command.Run("index", temp.File("config.json"), temp.File("broken.json"), "--index", index);
        Assert.Equal(ExitCodes.NothingDone, code);
        Assert.Contains("config.json: is not a decree JSON", error, StringComparison.Ordinal);
        Assert.Contains("broken.json: is not a decree JSON", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(index));
    }

    [Fact]
    public void A_russian_query_can_answer_with_the_kazakh_measures_and_each_hit_names_its_twin()
    {
        using var temp = new TempDirectory();
        var index = temp.File("index");
        Assert.Equal(0, Command.Run("index", Repository.File("corpus/plans/P1800000897.years-kk.html"), Repository.File("corpus/plans/P1800000897.years-ru.html"), "--index", index).Exit);

        var (code, output, _) = Command.Run("search", "должностных окладов", "--index", index, "--lang", "ru", "--answer-lang", "kk");
        Assert.Equal(0, code);
        Assert.Contains("shown in kk: a match in the other language is shown as its kk twin", output, StringComparison.Ordinal);
        Assert.Contains("  1. P1800000897/3  (", output, StringComparison.Ordinal);
        Assert.Contains(")  for P1800000897.ru/3", output, StringComparison.Ordinal);

        var (_, asFound, _) = Command.Run("search", "должностных окладов", "--index", index, "--json");
        using var json = JsonDocument.Parse(asFound);
        var hit = json.RootElement.GetProperty("hits")[0];
        Assert.Equal(("P1800000897.ru/3", "ru", "P1800000897/3"), (hit.GetProperty("id").GetString(), hit.GetProperty("language").GetString(), hit.GetProperty("twin").GetString()));

        var (refused, _, error) = Command.Run("search", "x", "--index", index, "--lang", "en");
        Assert.Equal(1, refused);
        Assert.Contains("en", error, StringComparison.Ordinal);
    }
}
