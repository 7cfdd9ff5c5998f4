using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DecreeParser.Search.Indexing;

/// <summary>An index in a folder, opened read-only: a missing, foreign or damaged one is a <see cref="SearchIndexException"/> naming the folder.</summary>
public static class IndexFolder
{
    public static (FSDirectory Directory, DirectoryReader Reader, SearchAnalysis Analysis) Open(string folder)
    {
        if (!System.IO.Directory.Exists(folder)) throw new SearchIndexException(folder, "no such folder; build an index with decree index first");
        var directory = FSDirectory.Open(folder);
        try
        {
            if (!DirectoryReader.IndexExists(directory)) throw new SearchIndexException(folder, "no index in this folder; build one with decree index first");
            var analysis = SearchAnalysis.ByName(IndexInfo.Read(directory, folder).Analysis);
            return (directory, DirectoryReader.Open(directory), analysis);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or IndexOutOfRangeException or ArgumentException)
        {
            directory.Dispose();
            throw new SearchIndexException(folder, $"the index cannot be read, it is damaged ({e.GetType().Name}: {e.Message}); build it again");
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }
}
