using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Which column of a roadmap holds what, read from its header row by word stems in Kazakh and
/// Russian, not by position or count: ministries word the header differently ("Іс-шараның атауы" /
/// "Іс-шаралар" / "Мероприятие") and lay it out in five, six or seven columns. Financing may take
/// two columns (the source, then the amounts); <see cref="Financing"/> lists them in that order.
/// </summary>
public sealed record RoadmapColumns(int Number, int Title, int? CompletionForm, int Deadline, int Responsible, IReadOnlyList<int> Financing)
{
    private enum Role { Number, Title, CompletionForm, Deadline, Responsible, FinancingSource, FinancingAmount }

    // Checked in this order, first match wins: "Орындау мерзімі" is a deadline before "орында" could
    // make it a responsible column; "Қаржыландыру көзі және болжанатын шығыстар" is a source column
    // that holds the amounts too.
    private static readonly (Role Role, string[] Stems)[] Stems =
    [
        (Role.Number, ["р/с", "р/н", "п/п", "реттік"]),
        (Role.Deadline, ["мерзім", "срок"]),
        (Role.Responsible, ["жауапты", "ответствен", "исполнител", "орындаушы"]),
        (Role.FinancingSource, ["қаржыландыру көз", "көзі", "источник", "қаржыланд", "финансир"]),
        (Role.FinancingAmount, ["шығыс", "расход", "сомасы", "сумма", "млн"]),
        (Role.CompletionForm, ["аяқтал", "аяқтау", "нысан", "форма заверш", "форма"]),
        (Role.Title, ["іс-шара", "атау", "мероприят", "наименован"]),
    ];

    /// <summary>The columns of a roadmap header row, or null when the row is not one.</summary>
    public static RoadmapColumns? FromHeader(TableRow header)
    {
        var roles = new Dictionary<Role, List<int>>();
        for (var column = 0; column < header.Cells.Count; column++)
        {
            if (header.Cells[column].Covered) continue;
            var text = header.Cells[column].Text.ToLowerInvariant();
            Role? role = Stems.Where(s => s.Stems.Any(stem => text.Contains(stem, StringComparison.Ordinal))).Select(s => (Role?)s.Role).FirstOrDefault();
            if (role is null && column == 0 && text.Trim() is "№" or "n") role = Role.Number;
            if (role is { } found) (roles.TryGetValue(found, out var columns) ? columns : roles[found] = []).Add(column);
        }
        int? First(Role role) => roles.TryGetValue(role, out var columns) ? columns[0] : null;
        if (First(Role.Title) is not { } title || First(Role.Deadline) is not { } deadline || First(Role.Responsible) is not { } responsible)
        {
            return null;
        }
        var financing = roles.GetValueOrDefault(Role.FinancingSource, []).Concat(roles.GetValueOrDefault(Role.FinancingAmount, [])).ToList();
        return new RoadmapColumns(First(Role.Number) ?? 0, title, First(Role.CompletionForm), deadline, responsible, financing);
    }

    /// <summary>The row's financing as one text: the source column, then the amounts.</summary>
    public string FinancingText(TableRow row) =>
        string.Join(' ', Financing.Select(row.CellText).Where(text => text.Length > 0));
}
