using DecreeParser.Model.Decrees;
using System.CommandLine;
using System.Globalization;
using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;

namespace DecreeParser.Cli.Search;

/// <summary>
/// `decree search "&lt;query&gt;" --index &lt;dir&gt; [filters] [--lang kk|ru|both] [--answer-lang kk|ru] [--limit N] [--json]`: ranked measures and
/// decrees with highlighted snippets, then facet counts. The query is words and "quoted phrases";
/// nothing in it is Lucene syntax. `decree search --cites &lt;adilet id&gt; --index &lt;dir&gt;` lists
/// the indexed acts that cite that act instead, each with its references as written.
/// </summary>
public static class SearchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var query = new Argument<string>("query") { Description = "Words, and \"phrases\" in double quotes (none with --cites).", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "" };
        var index = new Option<string[]>("--index") { Required = true, AllowMultipleArgumentsPerToken = true, Description = "The index folder; several (the shards of a sharded run) are searched as one." };
        var responsible = new Option<string?>("--responsible") { Description = "Only measures this body answers for (its code, e.g. ДСМ)." };
        var year = new Option<int?>("--year") { Description = "Only measures whose deadline or money falls in this year." };
        var source = new Option<string?>("--source") { Description = "Only measures financed from this source (e.g. РБ)." };
        var deadlineKind = new Option<string?>("--deadline-kind") { Description = $"Only measures with this kind of deadline: {string.Join(", ", DeadlineKinds.Names)}." };
        var decree = new Option<string?>("--decree") { Description = "Only this decree (e.g. P1800000897)." };
        var group = new Option<string?>("--group") { Description = "Only measures in this group of a plan or a group inside it, as the group facet names it (e.g. \"II. ҚЫЗМЕТКЕРЛЕРГЕ …\")." };
        var lang = new Option<string>("--lang") { Description = "Search texts in kk, ru or both.", DefaultValueFactory = _ => "both" };
        lang.AcceptOnlyFromAmong("kk", "ru", "both");
        var answerLang = new Option<string?>("--answer-lang") { Description = "Show every hit in kk or ru: a match in the other language as its twin, the same measure in this language." };
        answerLang.AcceptOnlyFromAmong("kk", "ru");
        var limit = new Option<int>("--limit") { Description = "How many hits to show.", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text." };
        var cites = new Option<string?>("--cites") { Description = "List the acts that cite this act (its adilet id or address, e.g. P1700000646) instead of searching words." };
        var command = new Command("search", "Search an index of decrees.") { query, index, responsible, year, source, deadlineKind, decree, group, lang, answerLang, limit, json, cites };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(cites) is { } cited) return CitingCommand.Run(cited, parsed.GetValue(index)!, parsed.GetValue(json), output, error);
            var request = new SearchRequest(parsed.GetValue(query) ?? "")
            {
                Responsible = parsed.GetValue(responsible),
                Year = parsed.GetValue(year),
                Source = parsed.GetValue(source),
                DeadlineKind = parsed.GetValue(deadlineKind),
                Decree = parsed.GetValue(decree),
                Group = parsed.GetValue(group),
                Language = parsed.GetValue(lang) is "both" ? null : parsed.GetValue(lang),
                AnswerLanguage = parsed.GetValue(answerLang),
                Limit = parsed.GetValue(limit),
            };
            return Run(request, parsed.GetValue(index)!, parsed.GetValue(json), output, error);
        });
        return command;
    }

    public static int Run(SearchRequest request, IReadOnlyList<string> index, bool json, TextWriter output, TextWriter error)
    {
        if (request.Problem() is { } problem)
        {
            error.WriteLine($"error: {problem}");
            return ExitCodes.NothingDone;
        }
        SearchResult result;
        try
        {
            using var searcher = DecreeSearcher.Open(index);
            result = searcher.Search(request);
        }
        catch (SearchIndexException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.NothingDone;
        }
        if (json) output.WriteLine(SearchResultJson.Serialize(result));
        else WriteText(result, output);
        return ExitCodes.Success;
    }

    private static void WriteText(SearchResult result, TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"{result.Total} found for \"{result.Query}\""));
        if (result.Mode == MatchMode.Any) output.WriteLine("no measure or decree holds every word: these hold any of them");
        if (result.AnswerLanguage is { } answer) output.WriteLine($"shown in {answer}: a match in the other language is shown as its {answer} twin (\"for\" names the match)");
        foreach (var (word, suggestion) in result.DidYouMean) output.WriteLine($"no match for \"{word}\"; did you mean \"{suggestion}\"?");
        for (var i = 0; i < result.Hits.Count; i++)
        {
            var hit = result.Hits[i];
            var twin = hit.Via is { } via ? $"  for {via}" : hit.Twin is { } other ? $"  twin {other}" : "";
            output.WriteLine(string.Create(culture, $"{i + 1,3}. {hit.Id}  ({hit.Score:F2}){twin}"));
            output.WriteLine($"     {Marked(hit)}");
        }
        foreach (var (facet, values) in result.Facets.Where(f => f.Value.Count > 0))
        {
            output.WriteLine($"{facet}: {string.Join(", ", values.Take(10).Select(v => $"{v.Key} {v.Value}"))}{(values.Count > 10 ? ", …" : "")}");
        }
    }

    /// <summary>The snippet with its highlights between ⟦ and ⟧, which decree texts never contain.</summary>
    private static string Marked(SearchHit hit)
    {
        var text = hit.Snippet;
        foreach (var highlight in hit.Highlights.OrderByDescending(h => h.Start))
        {
            text = text.Insert(highlight.End, "⟧").Insert(highlight.Start, "⟦");
        }
        return text;
    }
}
