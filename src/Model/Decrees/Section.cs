namespace DecreeParser.Model.Decrees;

/// <summary>
/// A group of a plan's measures: a Roman-numbered section ("IV. ТӘН ЕМЕС ФУНКЦИЯЛАРДЫ …"), a
/// direction ("1-бағыт", "Направление 1"), a goal, a task, or a bold row with no number. Groups
/// nest: <see cref="Parent"/> is the <see cref="Order"/> of the group it stands in.
/// </summary>
public sealed record Section
{
    /// <summary>What the group is called by, as the plan numbers it: "IV" (Roman in Latin letters), "1", "1.1"; null for a group with no number.</summary>
    public string? Numeral { get; init; }

    /// <summary>1-based place among all the decree's groups, in document order.</summary>
    public required int Order { get; init; }

    /// <summary>One of <see cref="SectionKinds"/>.</summary>
    public string Kind { get; init; } = SectionKinds.Section;

    public required string Title { get; init; }

    /// <summary>The <see cref="Order"/> of the enclosing group; null at the top of its plan.</summary>
    public int? Parent { get; init; }

    /// <summary>The <see cref="Plan.Order"/> of the plan the group stands in.</summary>
    public int Plan { get; init; } = 1;

    public required SourceLocation Location { get; init; }
}

/// <summary>The kinds of group as the JSON names them.</summary>
public static class SectionKinds
{
    /// <summary>"I.", "Раздел 2", "2-бөлім".</summary>
    public const string Section = "section";

    /// <summary>"1-бағыт", "Направление 1".</summary>
    public const string Direction = "direction";

    /// <summary>"2-мақсат", "Цель 2".</summary>
    public const string Goal = "goal";

    /// <summary>"1.1-міндет", "Задача 1.1".</summary>
    public const string Task = "task";

    /// <summary>A row across the table that names a group without a number.</summary>
    public const string Group = "group";

    public static IReadOnlyList<string> All { get; } = [Section, Direction, Goal, Task, Group];
}
