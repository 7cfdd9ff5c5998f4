namespace DecreeParser.Model.Decrees;

/// <summary>One row of a roadmap: a measure, who must do it, by when, with what money.</summary>
public sealed record Measure
{
    /// <summary>Decree id and number: "P1800000897/5.1".</summary>
    public required string Id { get; init; }

    /// <summary>The number without its trailing dot: "5.1".</summary>
    public required string Number { get; init; }

    /// <summary>The parent measure's number ("5" for "5.1"), null for a top-level measure.</summary>
    public string? Parent { get; init; }

    /// <summary>The <see cref="Section.Order"/> of the section the measure stands in, null before any section.</summary>
    public int? Section { get; init; }

    public required string Title { get; init; }

    public string? CompletionForm { get; init; }

    public required Deadline Deadline { get; init; }

    public IReadOnlyList<ResponsibleParty> Responsible { get; init; } = [];

    public required Financing Financing { get; init; }

    public required SourceLocation Location { get; init; }
}
