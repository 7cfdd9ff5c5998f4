namespace DecreeParser.Ingest.Reading;

/// <summary>An input that cannot be read as a decree. The message names the file and the reason.</summary>
public sealed class DecreeInputException(string path, string reason)
    : Exception($"{path}: {reason}")
{
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}
