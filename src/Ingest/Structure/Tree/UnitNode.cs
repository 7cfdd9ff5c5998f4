using DecreeParser.Model;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Tree;

/// <summary>A unit while the tree is being read: open to more text, notes and children; frozen into an <see cref="ActUnit"/> at the end.</summary>
internal sealed class UnitNode(string kind, string? num, string? number, string? heading, SourceLocation location, int? rank = null)
{
    public string Kind { get; } = kind;
    public string? Number { get; } = number;
    public int Rank { get; } = rank ?? UnitKinds.Rank(kind);
    public SourceLocation Location { get; } = location;
    public string? Heading { get; set; } = heading;
    public bool Repealed { get; set; }
    public int? Table { get; init; }
    public List<string> Text { get; } = [];
    public List<string> Notes { get; } = [];
    public List<UnitNode> Children { get; } = [];

    public bool HasText => Text.Count > 0 || Children.Any(child => child.HasText);

    /// <summary>The unit as the JSON gives it, its eId made under <paramref name="parentId"/>, unique among <paramref name="ids"/>.</summary>
    public ActUnit Freeze(string? parentId, int ordinal, ISet<string> ids)
    {
        // A Roman numeral keeps Latin letters in the eId, whichever І the text typed.
        var key = Number?.Replace('І', 'I') ?? ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var id = $"{(parentId is null ? "" : parentId + "__")}{UnitKinds.EIdPrefix(Kind)}_{key}";
        // A number written twice in one unit (a misprint) must not give two units one eId.
        for (var copy = 2; !ids.Add(id); copy++) id = $"{id.Split("_dup")[0]}_dup{copy}";
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        var children = Children.Select(child =>
        {
            ordinals[child.Kind] = ordinals.GetValueOrDefault(child.Kind) + 1;
            return child.Freeze(id, ordinals[child.Kind], ids);
        }).ToList();
        return new ActUnit
        {
            Id = id,
            Kind = Kind,
            Num = num,
            Heading = Heading,
            Text = Text.Count == 0 ? null : string.Join('\n', Text),
            Repealed = Repealed,
            Table = Table,
            Notes = Notes.Count == 0 ? null : Notes,
            Children = children,
            Location = Location,
        };
    }
}
