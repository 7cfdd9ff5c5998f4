using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Which column of a roadmap holds what, read from its header row by word stems, not by position:
/// ministries word the header differently ("Іс-шараның атауы" / "Іс-шаралар" / "Мероприятие").
/// </summary>
public sealed record RoadmapColumns(int Number, int Title, int? CompletionForm, int Deadline, int Responsible, int? Financing)
{
    // Checked in this order: "Орындау мерзімі" is a deadline before "орында" could make it anything else.
    private static readonly (string Role, string[] Stems)[] Roles =
    [
        ("number", ["р/с", "р/н", "№ п/п", "n п/п"]),
        ("deadline", ["мерзім", "срок"]),
        ("responsible", ["жауапты", "ответствен", "исполнител", "орындаушы"]),
        ("financing", ["қаржыланд", "шығыс", "расход", "финансир"]),
        ("completionForm", ["аяқтал", "аяқтау", "нысан", "форма заверш"]),
        ("title", ["іс-шара", "атау", "мероприят", "наименован"]),
    ];

    /// <summary>The columns of a roadmap header row, or null when the row is not one.</summary>
    public static RoadmapColumns? FromHeader(TableRow header)
    {
        var found = new Dictionary<string, int>();
        for (var column = 0; column < header.Cells.Count; column++)
        {
            var text = header.Cells[column].Text.ToLowerInvariant();
            var role = Roles.FirstOrDefault(r => !found.ContainsKey(r.Role) && r.Stems.Any(stem => text.Contains(stem, StringComparison.Ordinal))).Role;
            if (role is null && column == 0 && text.Trim() is "№" or "n") role = "number";
            if (role is not null) found[role] = column;
        }
        if (!found.TryGetValue("title", out var title) || !found.TryGetValue("deadline", out var deadline) || !found.TryGetValue("responsible", out var responsible))
        {
            return null;
        }
        return new RoadmapColumns(
            found.GetValueOrDefault("number", 0),
            title,
            found.TryGetValue("completionForm", out var form) ? form : null,
            deadline,
            responsible,
            found.TryGetValue("financing", out var financing) ? financing : null);
    }
}
