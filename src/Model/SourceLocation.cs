using System.Text.Json.Serialization;

namespace DecreeParser.Model;

/// <summary>
/// Where something came from in the source document. Every reader fills what its format knows:
/// a text dump has lines, a PDF has pages, a table cell has its row and column.
/// Unknown parts stay null and are left out of the JSON.
/// </summary>
public sealed record SourceLocation
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Line { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? EndLine { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Page { get; init; }

    /// <summary>A PDF or scan region as [left, bottom, right, top] in points from the page's bottom left.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<double>? Box { get; init; }

    /// <summary>1-based index of the table in its document, for formats that have tables as such (HTML, DOCX).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Table { get; init; }

    /// <summary>1-based row of a table.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Row { get; init; }

    /// <summary>The id of the source element (adilet marks paragraphs "z5", "z6"…).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Anchor { get; init; }

    /// <summary>0-based byte offset in the source file, for what only bytes can locate (a byte that was not of the file's encoding).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Offset { get; init; }

    /// <summary>1-based column of a table cell.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Column { get; init; }

    public static SourceLocation Lines(int line, int endLine) =>
        new() { Line = line, EndLine = endLine == line ? null : endLine };

    /// <summary>The smallest location that covers both.</summary>
    public SourceLocation Through(SourceLocation other)
    {
        var first = Min(Line, other.Line);
        var last = Max(EndLine ?? Line, other.EndLine ?? other.Line);
        return this with { Line = first, EndLine = last == first ? null : last };
    }

    public SourceLocation InColumn(int column) => this with { Column = column };

    public override string ToString()
    {
        var parts = new List<string>();
        if (Page is { } page) parts.Add($"page {page}");
        if (Line is { } line) parts.Add(EndLine is { } end ? $"lines {line}-{end}" : $"line {line}");
        if (Table is { } table) parts.Add($"table {table}");
        if (Row is { } row) parts.Add($"row {row}");
        if (Column is { } column) parts.Add($"column {column}");
        if (Offset is { } offset) parts.Add($"byte {offset}");
        return string.Join(", ", parts);
    }

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
