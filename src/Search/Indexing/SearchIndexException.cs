namespace DecreeParser.Search.Indexing;

/// <summary>An index that cannot be used as asked: missing, corrupt, or another kind of folder. The message names the folder.</summary>
public sealed class SearchIndexException(string folder, string reason) : Exception($"{folder}: {reason}")
{
    public string Folder { get; } = folder;
}
