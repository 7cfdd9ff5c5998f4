namespace DecreeParser.Model.Decrees;

/// <summary>A measure's or indicator's groups, from the plan's top down to the one it stands in.</summary>
public static class GroupPaths
{
    /// <summary>The group <paramref name="order"/> and every group it stands in, outermost first; empty for null.</summary>
    public static IReadOnlyList<Section> Of(IReadOnlyList<Section> sections, int? order)
    {
        var path = new List<Section>();
        for (var section = Find(sections, order); section is not null; section = Find(sections, section.Parent)) path.Insert(0, section);
        return path;
    }

    /// <summary>The labels (<see cref="Label"/>) of the group <paramref name="order"/> and every group it stands in, outermost first.</summary>
    public static IReadOnlyList<string> Labels(IReadOnlyList<Section> sections, int? order) => [.. Of(sections, order).Select(Label)];

    /// <summary>A group as a reader names it: "II. ТӘН ЕМЕС ФУНКЦИЯЛАР", "1.1. Талдау", or its title alone when it has no number.</summary>
    public static string Label(Section section) =>
        section.Numeral is null ? section.Title : section.Title.Length == 0 ? section.Numeral : $"{section.Numeral}. {section.Title}";

    private static Section? Find(IReadOnlyList<Section> sections, int? order) =>
        order is { } value ? sections.FirstOrDefault(s => s.Order == value) : null;
}
