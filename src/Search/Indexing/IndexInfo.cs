using Lucene.Net.Index;

namespace DecreeParser.Search.Indexing;

/// <summary>
/// What an index records of itself in its commit: the analysis it was built with, so a search reads
/// it the same way, and the format version of its documents.
/// </summary>
public sealed record IndexInfo(string Analysis, string Format)
{
    // 2: decree documents keep the whole decree (for the web pages).
    // 3: the keyboard-folded field, groups as facets, measure keys with their plan.
    // 4: every text's words again in one field per language, to find the matches.
    // 5: every document's key as doc values too, to order equal scores by it.
    // 6: the all-words field holds a Kazakh word's folded forms too.
    public const string CurrentFormat = "6";

    public static IndexInfo For(string analysis) => new(analysis, CurrentFormat);

    public Dictionary<string, string> ToCommitData() => new() { ["analysis"] = Analysis, ["format"] = Format };

    public static IndexInfo Read(Lucene.Net.Store.Directory directory, string folder)
    {
        var commits = DirectoryReader.ListCommits(directory);
        var data = commits[^1].UserData;
        if (!data.TryGetValue("analysis", out var analysis) || !data.TryGetValue("format", out var format))
        {
            throw new SearchIndexException(folder, "the index was not written by decree index");
        }
        if (format != CurrentFormat) throw new SearchIndexException(folder, $"the index has format {format}, this version reads {CurrentFormat}: index again");
        return new IndexInfo(analysis, format);
    }

    public void RequireAnalysis(string analysis, string folder)
    {
        if (analysis != Analysis) throw new SearchIndexException(folder, $"the index was built with the {Analysis} analyzer, not {analysis}: index into a new folder");
    }
}
