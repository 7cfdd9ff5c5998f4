using System.Xml.Linq;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Cli.Export.Akn;

/// <summary>
/// A paragraph of the act as AKN inline content: an amending instruction whole as a <c>mod</c>, and
/// each reference to another act as a <c>ref</c> to that act's work.
/// </summary>
public sealed class AknText(Decree decree)
{
    private readonly Dictionary<string, Amendment> _instructions = decree.Amendments.GroupBy(a => a.Text).ToDictionary(g => g.Key, g => g.First());

    public XElement Paragraph(string line) => _instructions.TryGetValue(line, out var instruction)
        ? P(new XElement(AknNames.Ns + "mod", new XAttribute("eId", instruction.Id), line))
        : P([.. Referenced(line)]);

    /// <summary>The text with each reference to another act it holds as a <c>ref</c>.</summary>
    public List<object> Referenced(string line)
    {
        var parts = new List<object>();
        var at = 0;
        foreach (var (start, citation) in References(line))
        {
            if (start < at) continue;
            parts.Add(line[at..start]);
            parts.Add(new XElement(AknNames.Ns + "ref", new XAttribute("href", AknNames.Work(citation.Kind, citation.Date, citation.Number)), citation.Text));
            at = start + citation.Text.Length;
        }
        parts.Add(line[at..]);
        return parts;
    }

    public static XElement P(params object[] content) => new(AknNames.Ns + "p", content);

    private IEnumerable<(int Start, Citation Citation)> References(string line) =>
        decree.Citations.DistinctBy(c => c.Text)
            .Select(c => (Start: line.IndexOf(c.Text, StringComparison.Ordinal), Citation: c))
            .Where(found => found.Start >= 0)
            .OrderBy(found => found.Start);
}
