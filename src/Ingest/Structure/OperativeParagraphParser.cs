using System.Text.RegularExpressions;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Reads the operative part: the points after the enacting formula ("ҚАУЛЫ ЕТЕДІ:"), "1." … with
/// their sub-items "1)" …, up to the signature. An unnumbered paragraph in between continues the
/// point or item before it.
/// </summary>
public static partial class OperativeParagraphParser
{
    public static IReadOnlyList<OperativeParagraph> Parse(IReadOnlyList<Block> blocks)
    {
        // A PDF sets the formula in bold on a line of its own: a heading there.
        var start = blocks.ToList().FindIndex(b => b is ParagraphBlock p && EnactingFormula.Ends(p.Text) || b is HeadingBlock h && EnactingFormula.Ends(h.Text));
        if (start < 0) return [];
        var points = new List<OperativeParagraph>();
        foreach (var block in blocks.Skip(start + 1))
        {
            if (block is not ParagraphBlock paragraph || SignatoryParser.IsPosition(paragraph.Text)) break;
            if (Point().Match(paragraph.Text) is { Success: true } point)
            {
                points.Add(new OperativeParagraph(point.Groups["n"].Value, point.Groups["text"].Value, [], paragraph.Location));
            }
            else if (Item().Match(paragraph.Text) is { Success: true } item && points.Count > 0)
            {
                var last = points[^1];
                points[^1] = last with { Items = [.. last.Items, new OperativeItem(item.Groups["n"].Value, item.Groups["text"].Value, paragraph.Location)] };
            }
            else if (points.Count > 0)
            {
                points[^1] = Continue(points[^1], paragraph.Text);
            }
        }
        return points;
    }

    private static OperativeParagraph Continue(OperativeParagraph point, string text) => point.Items.Count == 0
        ? point with { Text = $"{point.Text} {text}" }
        : point with { Items = [.. point.Items.SkipLast(1), point.Items[^1] with { Text = $"{point.Items[^1].Text} {text}" }] };

    // "1. Қоса беріліп…", and "1."Шығыстардың…" as adilet sometimes writes it, without the space.
    [GeneratedRegex(@"^(?<n>[0-9]{1,3})\.\s*(?<text>[^0-9\s].*)$")]
    private static partial Regex Point();

    [GeneratedRegex(@"^(?<n>[0-9]{1,3})\)\s+(?<text>.+)$")]
    private static partial Regex Item();
}
