using System.Text.Json.Serialization;

namespace DecreeParser.Model.Decrees;

/// <summary>
/// A reference the act makes to another act ("Үкіметтің 2017 жылғы 16 қазандағы № 646 қаулысына",
/// "приказ Министра финансов Республики Казахстан от 27 января 2016 года № 30"), where it stands: the
/// text it was read from (a paragraph of <see cref="Decree.Body"/>, a note of <see cref="Decree.Notes"/>
/// or a cell of <see cref="Decree.Tables"/>) and the character offset and length within that text.
/// </summary>
public sealed record Citation
{
    /// <summary>One of <see cref="CitationKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The issuer as the reference writes it ("Қазақстан Республикасы Қаржы министрінің", "Правительства Республики Казахстан"); null when it names none.</summary>
    public string? Issuer { get; init; }

    /// <summary>ISO 8601 date of the cited act.</summary>
    public string? Date { get; init; }

    public string? Number { get; init; }

    /// <summary>The cited act's title where the reference quotes it.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The cited act's adilet id where the reference gives what it is made of: a Government resolution's
    /// year and number (P1700000646), a President's decree's (U…), a registered order's year and state
    /// registration number (V1600013301).
    /// </summary>
    public string? Id { get; init; }

    /// <summary>The reference as written.</summary>
    public required string Text { get; init; }

    /// <summary>"body", "notes" or "tables": which list of the decree holds the text it stands in.</summary>
    public required string In { get; init; }

    /// <summary>0-based index into that list.</summary>
    public required int Index { get; init; }

    /// <summary>For a table's cell: its 0-based row and cell in the table's data.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Row { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Cell { get; init; }

    /// <summary>Offset of the reference in that text, in UTF-16 characters.</summary>
    public required int Start { get; init; }

    public required int Length { get; init; }
}

/// <summary>The kinds of act a <see cref="Citation"/> names.</summary>
public static class CitationKinds
{
    public const string Law = "law";
    public const string Code = "code";
    public const string Decree = "decree";
    public const string Resolution = "resolution";
    public const string Order = "order";
    public const string Decision = "decision";
    public const string Instruction = "instruction";
}
