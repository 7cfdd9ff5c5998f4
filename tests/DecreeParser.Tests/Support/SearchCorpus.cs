using DecreeParser.Ingest.Pipeline;
using DecreeParser.Model.Decrees;
using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;
using Lucene.Net.Store;

namespace DecreeParser.Tests.Support;

/// <summary>The decrees search is tested on: the seed and the real adilet pages, converted by the pipeline.</summary>
public static class SearchCorpus
{
    public static readonly string[] AdiletPages = ["corpus/adilet/kk/V1600014606.html", "corpus/adilet/ru/V1600014606.html", "corpus/adilet/ru/V1600014592.html"];

    private static readonly Lazy<IReadOnlyList<(Decree, string)>> Converted = new(() =>
    [
        (Seed.Decree, DecreeKey.Of(Seed.Decree, "seed")),
        .. AdiletPages.Select(p => DecreePipeline.Convert(Repository.File(p), p)).Select(d => (d, DecreeKey.Of(d, "page"))),
    ]);

    public static IReadOnlyList<(Decree Decree, string Key)> Decrees => Converted.Value;

    /// <summary>A searcher over the corpus, or the decrees given, indexed in memory with the given analysis (ours by default).</summary>
    public static DecreeSearcher Searcher(SearchAnalysis? analysis = null, IReadOnlyList<(Decree Decree, string Key)>? decrees = null)
    {
        analysis ??= SearchAnalysis.Shipped;
        var directory = new RAMDirectory();
        using (var writer = DecreeIndexWriter.Open(directory, analysis))
        {
            writer.Add(decrees ?? Decrees);
            writer.Commit();
        }
        return DecreeSearcher.Open(directory, analysis);
    }

    /// <summary>The corpus, or the decrees given, indexed into a folder, as `decree index` would.</summary>
    public static void WriteIndex(string folder, IReadOnlyList<(Decree Decree, string Key)>? decrees = null)
    {
        using var writer = DecreeIndexWriter.Open(folder, SearchAnalysis.Shipped);
        writer.Add(decrees ?? Decrees);
        writer.Commit();
    }

    public static IReadOnlyList<string> Ids(this SearchResult result) => [.. result.Hits.Select(h => h.Id)];
}
