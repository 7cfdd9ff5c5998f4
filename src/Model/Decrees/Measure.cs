namespace DecreeParser.Model.Decrees;

/// <summary>One row of a roadmap: a measure, who must do it, by when, with what money.</summary>
public sealed record Measure
{
    /// <summary>Decree id and number, "P1800000897/5.1"; in a decree's second or later plan the plan comes between, "P1800000897/2/5.1".</summary>
    public required string Id { get; init; }

    /// <summary>The number without its trailing dot: "5.1".</summary>
    public required string Number { get; init; }

    /// <summary>The parent measure's number ("5" for "5.1"), null for a top-level measure.</summary>
    public string? Parent { get; init; }

    /// <summary>The <see cref="Plan.Order"/> of the plan (table) the measure stands in.</summary>
    public int Plan { get; init; } = 1;

    /// <summary>The <see cref="Section.Order"/> of the innermost group the measure stands in, null before any group.</summary>
    public int? Section { get; init; }

    public required string Title { get; init; }

    /// <summary>The unit the measure's result is counted in ("Өлшем бірлігі", "Единица измерения"), when the plan has the column.</summary>
    public string? Unit { get; init; }

    public string? CompletionForm { get; init; }

    public required Deadline Deadline { get; init; }

    public IReadOnlyList<ResponsibleParty> Responsible { get; init; } = [];

    public required Financing Financing { get; init; }

    /// <summary>The budget programme code(s) the money comes under ("001", "Бюджеттік бағдарламаның коды"), when the plan has the column.</summary>
    public string? BudgetProgramme { get; init; }

    /// <summary>Columns whose header names no known role, by header: kept, never dropped. Null when the plan has none.</summary>
    public IReadOnlyDictionary<string, string>? Extra { get; init; }

    public required SourceLocation Location { get; init; }
}
