using System.Text.Json;
using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;

namespace DecreeParser.Cli.Search;

/// <summary>`decree search --cites ID`: the indexed acts that cite the act with that adilet id, each with its references to it as written.</summary>
public static class CitingCommand
{
    /// <param name="given">The cited act's adilet id as the user gave it: read as `decree fetch` reads one (any case, or its adilet address).</param>
    public static int Run(string given, IReadOnlyList<string> index, bool json, TextWriter output, TextWriter error)
    {
        var (id, problem) = Fetch.AdiletId.Parse(given);
        if (id is not { } adiletId)
        {
            error.WriteLine($"error: {problem}");
            return ExitCodes.NothingDone;
        }
        IReadOnlyList<(string Key, Model.Decrees.Decree Decree)> citing;
        try
        {
            using var searcher = DecreeSearcher.Open(index);
            citing = searcher.Citing(adiletId);
        }
        catch (SearchIndexException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.NothingDone;
        }
        var acts = citing.Select(act => new CitingAct(act.Key, act.Decree.Title, [.. act.Decree.Citations.Where(c => c.Id == adiletId).Select(c => c.Text).Distinct(StringComparer.Ordinal)])).ToList();
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new { cites = adiletId, total = acts.Count, acts }, SearchJson.Options));
            return ExitCodes.Success;
        }
        output.WriteLine($"{acts.Count} act(s) cite {adiletId}");
        foreach (var act in acts)
        {
            output.WriteLine($"  {act.Key}  {act.Title}");
            foreach (var reference in act.References) output.WriteLine($"     \"{reference}\"");
        }
        return ExitCodes.Success;
    }

    private sealed record CitingAct(string Key, string? Title, IReadOnlyList<string> References);
}
