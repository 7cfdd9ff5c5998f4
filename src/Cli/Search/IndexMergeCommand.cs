using System.Diagnostics;
using System.Globalization;
using DecreeParser.Search.Indexing;

namespace DecreeParser.Cli.Search;

/// <summary>
/// `decree index --merge IDX… --index OUT`: the shards' indexes as one (<see cref="IndexMerger"/>),
/// written to a new folder whole or not at all. A decree two shards hold is kept from the first
/// named and reported, as `decree index` keeps the first of two files of one decree.
/// </summary>
public static class IndexMergeCommand
{
    public static int Run(IReadOnlyList<string> shards, string index, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var warnings = 0;
        try
        {
            var counts = IndexMerger.Merge(shards, index, warning =>
            {
                warnings++;
                error.WriteLine($"warning: {warning}");
            });
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"merged {counts.Shards} indexes into {index}: {counts.Decrees} decrees, {counts.Reindexed} indexed again for another shard's abbreviations, {counts.Duplicates} left as duplicates, in {clock.Elapsed.TotalSeconds:F1} s"));
        }
        catch (SearchIndexException e)
        {
            error.WriteLine($"error: {e.Message}; nothing written");
            return ExitCodes.NothingDone;
        }
        return warnings == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
    }
}
