namespace DecreeParser.Model.Decrees;

/// <summary>
/// One table of a decree read as a plan: measures (a roadmap, an action plan) or target indicators.
/// A decree may hold several, each in its own appendix; items of the first keep ids "ID/number",
/// those of the k-th plan "ID/k/number", so ids stay unique across a decree.
/// </summary>
public sealed record Plan
{
    /// <summary>1-based, in document order.</summary>
    public required int Order { get; init; }

    /// <summary>One of <see cref="PlanKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The heading or caption the table stands under ("… ЖОЛ КАРТАСЫ", "Нысаналы индикаторлар"), when there is one.</summary>
    public string? Title { get; init; }

    /// <summary>The appendix the plan stands in, as the decree labels it ("1-қосымша", "Приложение 2"); null when it does not say.</summary>
    public string? Appendix { get; init; }

    /// <summary>The 1-based index, in the decree's <c>tables</c>, of the table the plan starts in.</summary>
    public required int Table { get; init; }

    /// <summary>The columns as the plan's header names them, with the role each was read in.</summary>
    public IReadOnlyList<PlanColumn> Columns { get; init; } = [];

    public required SourceLocation Location { get; init; }
}

/// <summary>A column of a plan's header: its text (group header and sub-header joined by " / ") and role.</summary>
public sealed record PlanColumn(string Header, string Role, int? Year);

public static class PlanKinds
{
    public const string Measures = "measures";
    public const string Indicators = "indicators";
}
