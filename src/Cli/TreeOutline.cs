using System.Globalization;
using System.Text;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Cli;

/// <summary>
/// What `decree show` prints of the act's tree, to a depth (each unit's eId, number, heading or the
/// start of its text, and what it holds below that depth), of an amending act's instructions, and of
/// its citations, act by act.
/// </summary>
public static class TreeOutline
{
    private const int TextShown = 80;

    public static string Format(Decree decree, int depth)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"Structure ({Count(decree.Structure)} units; to depth {depth}, --depth for more):");
        Append(decree.Structure, 1, depth, text);
        foreach (var target in decree.Amendments.GroupBy(a => a.Target))
        {
            text.AppendLine(culture, $"Amendments to the {target.Key.Kind} of {target.Key.Date} № {target.Key.Number ?? "—"} {target.Key.Id}: {target.Count()}");
            foreach (var amendment in target) text.AppendLine(culture, $"  {amendment.Id,-28} {amendment.Action,-9} {amendment.UnitId ?? amendment.Unit ?? "(the act)"}");
        }
        var acts = decree.Citations.GroupBy(c => (c.Kind, c.Date, c.Number, c.Id)).ToList();
        text.AppendLine(culture, $"Citations: {decree.Citations.Count} of {acts.Count} act(s)");
        foreach (var act in acts)
        {
            var (kind, date, number, id) = act.Key;
            text.AppendLine(culture, $"  {kind,-10} {date} № {number ?? "—",-8} {id ?? "",-11} {act.Count(),3}×  \"{Shortened(act.First().Text)}\"");
        }
        return text.ToString();
    }

    private static void Append(IReadOnlyList<ActUnit> units, int level, int depth, StringBuilder text)
    {
        foreach (var unit in units)
        {
            var words = unit.Heading ?? (unit.Table is { } table ? $"table {table}" : Shortened(unit.Text?.Split('\n')[0] ?? ""));
            var flags = new List<string>();
            if (unit.Repealed) flags.Add("repealed");
            if (unit.Notes is { Count: > 0 } notes) flags.Add($"{notes.Count} note(s)");
            if (level == depth && unit.Children.Count > 0) flags.Add($"{Count(unit.Children)} unit(s) below");
            var shown = flags.Count == 0 ? "" : $"  [{string.Join(", ", flags)}]";
            text.AppendLine(CultureInfo.InvariantCulture, $"{new string(' ', 2 * level)}{unit.Id}  {unit.Num} {words}{shown}");
            if (level < depth) Append(unit.Children, level + 1, depth, text);
        }
    }

    private static int Count(IReadOnlyList<ActUnit> units) => units.Sum(unit => 1 + Count(unit.Children));

    private static string Shortened(string text) => text.Length <= TextShown ? text : $"{text[..TextShown]}…";
}
