using Lucene.Net.Search;

namespace DecreeParser.Search.Indexing;

/// <summary>
/// Merges indexes built apart (one a shard, `decree index --merge`) into one that answers exactly as
/// an index built in one go from the same decrees: same totals, hits, scores, order and facets.
/// Lucene's AddIndexes copies the documents; what it cannot know is that a measure's aliases come
/// from every glossary in the index (<see cref="AbbreviationRegistry"/>), so a measure whose shard
/// lacked a glossary another shard has is indexed again, from its stored decree, with them all.
/// A decree in two shards is kept from the first named, as `decree index` keeps the first file.
/// Nothing is deleted, so the term statistics that score a match are those of a one-go build. The
/// merge is written beside the output and moved into place whole; the shards are only read.
/// </summary>
public static class IndexMerger
{
    public static MergedCounts Merge(IReadOnlyList<string> shards, string output, Action<string> warn)
    {
        if (File.Exists(output) || (System.IO.Directory.Exists(output) && System.IO.Directory.EnumerateFileSystemEntries(output).Any()))
        {
            throw new SearchIndexException(output, "already exists and is not empty; merge into a new folder");
        }
        var opened = new List<ShardIndex>();
        try
        {
            foreach (var folder in shards) opened.Add(ShardIndex.Open(folder, opened.FirstOrDefault()));
            return Write(opened, output, warn);
        }
        finally
        {
            foreach (var shard in opened) shard.Dispose();
        }
    }

    private static MergedCounts Write(List<ShardIndex> shards, string output, Action<string> warn)
    {
        // First every shard's decrees: which to keep, and the glossaries of those kept.
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        var registry = new AbbreviationRegistry();
        var left = shards.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToList();
        for (var i = 0; i < shards.Count; i++)
        {
            foreach (var (key, glossary) in shards[i].Decrees())
            {
                if (owner.TryGetValue(key, out var first))
                {
                    warn($"{shards[i].Folder}: decree {key} is in {first} too; kept from {first}");
                    left[i].Add(key);
                    continue;
                }
                owner[key] = shards[i].Folder;
                foreach (var entry in glossary) registry.Add(entry);
            }
        }
        // Then the decrees whose measures the other shards' glossaries change.
        var again = shards.Select((shard, i) => shard.StaleDecrees(registry, left[i])).ToList();

        var staging = $"{Path.TrimEndingDirectorySeparator(Path.GetFullPath(output))}.merging-{Environment.ProcessId}";
        try
        {
            var counts = new MergedCounts(owner.Count, shards.Count, again.Sum(a => a.Count), left.Sum(l => l.Count));
            using (var writer = DecreeIndexWriter.Open(staging, shards[0].Analysis))
            {
                foreach (var entry in registry.Entries) writer.Registry.Add(entry);
                for (var i = 0; i < shards.Count; i++)
                {
                    writer.AddSegments(shards[i].SegmentsWithout(left[i].Concat(again[i]).ToHashSet(StringComparer.Ordinal)));
                    var stored = new StoredDecrees(new IndexSearcher(shards[i].Reader));
                    writer.Add([.. again[i].Order(StringComparer.Ordinal).Select(key => (stored.Find(key)!, key))]);
                }
                writer.Commit();
            }
            if (System.IO.Directory.Exists(output)) System.IO.Directory.Delete(output);
            System.IO.Directory.Move(staging, output);
            return counts;
        }
        finally
        {
            if (System.IO.Directory.Exists(staging)) System.IO.Directory.Delete(staging, recursive: true);
        }
    }
}

/// <param name="Decrees">Decrees in the merged index.</param>
/// <param name="Shards">Indexes merged.</param>
/// <param name="Reindexed">Decrees indexed again because another shard's glossary names their measures' bodies.</param>
/// <param name="Duplicates">Decrees left out because an earlier shard holds them.</param>
public sealed record MergedCounts(int Decrees, int Shards, int Reindexed, int Duplicates);
