using System.Text.Json;
namespace DecreeParser.Model.Decrees;

/// <summary>Deadline kinds by the names the JSON gives them ("quarterRange"), for filters, facets and dataset counts.</summary>
public static class DeadlineKinds
{
    public static string Name(DeadlineKind kind) => JsonSerializer.Serialize(kind).Trim('"');

    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<DeadlineKind>().Select(Name)];
}
