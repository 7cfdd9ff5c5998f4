using DecreeParser.Model;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>
/// Builds the decree's groups into a tree as their rows come. Within a plan a kind ranks by when it
/// is first met: a plan that opens with "1-бағыт" and then has "1-мақсат" and "1.1-міндет" nests
/// tasks in goals in directions, whichever words it uses; a new group's parent is the last group of
/// a higher rank. Each group should number on from its last sibling of the same kind, or from the
/// plan's last group of its kind; a group that does neither is kept and warned.
/// </summary>
public sealed class GroupTree(WarningLog warnings)
{
    private readonly List<Section> _sections = [];
    private readonly List<string> _ranks = [];
    private readonly List<Section> _open = [];
    private int _plan;

    public IReadOnlyList<Section> Sections => _sections;

    /// <summary>The innermost group open now; null before the plan's first group.</summary>
    public Section? Current => _open.Count == 0 ? null : _open[^1];

    /// <summary>A new plan starts: its groups rank afresh and none is open.</summary>
    public void StartPlan(int plan)
    {
        _plan = plan;
        _ranks.Clear();
        _open.Clear();
    }

    public Section Add(GroupHeading heading, SourceLocation location)
    {
        if (!_ranks.Contains(heading.Kind)) _ranks.Add(heading.Kind);
        var rank = _ranks.IndexOf(heading.Kind);
        while (_open.Count > 0 && _ranks.IndexOf(_open[^1].Kind) >= rank) _open.RemoveAt(_open.Count - 1);
        var parent = Current;
        var section = new Section
        {
            Numeral = heading.Numeral,
            Order = _sections.Count + 1,
            Kind = heading.Kind,
            Title = heading.Title,
            Parent = parent?.Order,
            Plan = _plan,
            Location = location,
        };
        CheckNumbering(section);
        _sections.Add(section);
        _open.Add(section);
        return section;
    }

    /// <summary>The group and every group it stands in, innermost first.</summary>
    public IEnumerable<Section> WithAncestors(int? order)
    {
        for (var section = Find(order); section is not null; section = Find(section.Parent)) yield return section;
    }

    /// <summary>Whether a group is <paramref name="order"/> or stands inside it.</summary>
    public bool IsWithin(int? group, int order) => WithAncestors(group).Any(section => section.Order == order);

    public Section? Find(int? order) => order is { } value && value >= 1 && value <= _sections.Count ? _sections[value - 1] : null;

    private void CheckNumbering(Section section)
    {
        if (GroupHeading.Ordinal(section.Numeral) is not { } ordinal) return;
        var numbered = _sections.Where(s => s.Plan == section.Plan && s.Kind == section.Kind && s.Numeral is not null).ToList();
        var place = numbered.Count(s => s.Parent == section.Parent) + 1;
        // Plans number a kind either afresh in each parent ("1.1-міндет", "2.1-міндет") or on through the plan ("1-мақсат", "2-мақсат" in two directions).
        if (ordinal != place && ordinal != numbered.Count + 1)
        {
            warnings.Add(WarningCodes.SectionNumbering, $"{section.Kind} {section.Numeral} stands in place {place}", section.Location);
        }
    }
}
