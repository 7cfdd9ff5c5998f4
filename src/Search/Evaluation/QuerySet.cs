namespace DecreeParser.Search.Evaluation;

/// <summary>
/// A file of judged queries (<see cref="JudgedQuery"/>) and the decrees they were judged on: those a
/// "#inputs" line names (TAB, then paths relative to the file, separated by spaces), or, without one,
/// whatever the evaluation is given.
/// </summary>
public sealed record QuerySet(string Path, IReadOnlyList<string>? Inputs, IReadOnlyList<JudgedQuery> Queries)
{
    public const string InputsLine = "#inputs\t";

    public static QuerySet Read(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var inputs = File.ReadLines(path).FirstOrDefault(line => line.StartsWith(InputsLine, StringComparison.Ordinal)) is { } line
            ? line[InputsLine.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(input => System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, input))).ToList()
            : null;
        return new QuerySet(path, inputs, JudgedQuery.ReadFile(path));
    }
}
