using System.Text.Json;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Search.Indexing;

/// <summary>Deadline kinds by the names the JSON gives them ("quarterRange"), for filters and facets.</summary>
public static class DeadlineKinds
{
    public static string Name(DeadlineKind kind) => JsonSerializer.Serialize(kind).Trim('"');

    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<DeadlineKind>().Select(Name)];
}
