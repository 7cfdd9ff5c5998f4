using System.Text.Json.Serialization;

namespace DecreeParser.Model.Decrees;

/// <summary>
/// One unit of the act's tree, in reading order: a part, chapter, paragraph (§), article, point,
/// subpoint, indent or appendix, with the units it holds. The operative points of a resolution and
/// the tables of its appendices hang in it where they stand.
/// </summary>
public sealed record ActUnit
{
    /// <summary>Akoma Ntoso style eId, unique in the act: "chp_1__art_3__para_2__point_1".</summary>
    public required string Id { get; init; }

    /// <summary>One of <see cref="UnitKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The unit's number as written, its marker included ("3-1-бап", "Статья 2-4.", "1-1)"); null for an indent or an unnumbered appendix.</summary>
    public string? Num { get; init; }

    public string? Heading { get; init; }

    /// <summary>The unit's own text, its paragraphs joined by line breaks; quoted new wording of an amending act stays in the instruction's text.</summary>
    public string? Text { get; init; }

    /// <summary>True for a unit kept only as "алынып тасталды" / "исключен" (by its own text or by the publisher's note on it).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Repealed { get; init; }

    /// <summary>The 1-based index into the decree's tables of a table standing in this unit.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Table { get; init; }

    /// <summary>The publisher's notes on this unit ("Ескерту. 5-бап жаңа редакцияда - …"), in order.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Notes { get; init; }

    public IReadOnlyList<ActUnit> Children { get; init; } = [];

    public required SourceLocation Location { get; init; }
}
