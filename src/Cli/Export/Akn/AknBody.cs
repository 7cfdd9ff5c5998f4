using System.Xml.Linq;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Cli.Export.Akn;

/// <summary>
/// The act's tree as AKN hierarchy: a unit with units below it gives its text as <c>intro</c>, the
/// units, and the publisher's notes on it as <c>authorialNote</c>s in a <c>wrapUp</c>; a unit without
/// gives text and notes as <c>content</c>. A table stands in an hcontainer of its own; a repealed unit
/// is marked <c>status="removed"</c>, AKN's word for it.
/// </summary>
public sealed class AknBody(Decree decree)
{
    private readonly AknText _text = new(decree);

    public IEnumerable<XElement> Units(IEnumerable<ActUnit> units) => units.Select(Unit);

    private XElement Unit(ActUnit unit)
    {
        var (element, name) = AknNames.Element(unit.Kind);
        var xml = new XElement(AknNames.Ns + element, new XAttribute("eId", unit.Id));
        if (name is not null) xml.Add(new XAttribute("name", name));
        if (unit.Repealed) xml.Add(new XAttribute("status", "removed"));
        if (unit.Num is { } num) xml.Add(new XElement(AknNames.Ns + "num", num));
        if (unit.Heading is { } heading) xml.Add(new XElement(AknNames.Ns + "heading", heading));
        var paragraphs = (unit.Text?.Split('\n') ?? []).Select(_text.Paragraph).ToList();
        var notes = Notes(unit).ToList();
        if (unit.Table is { } table)
        {
            xml.Add(new XElement(AknNames.Ns + "content", AknRoadmap.Table(decree, _text, table, $"{unit.Id}__tbl")));
        }
        else if (unit.Children.Count > 0)
        {
            if (paragraphs.Count > 0) xml.Add(new XElement(AknNames.Ns + "intro", paragraphs));
            xml.Add(Units(unit.Children));
            if (notes.Count > 0) xml.Add(new XElement(AknNames.Ns + "wrapUp", AknText.P([.. notes])));
        }
        else
        {
            if (paragraphs.Count == 0) paragraphs.Add(AknText.P());
            if (notes.Count > 0) paragraphs.Add(AknText.P([.. notes]));
            xml.Add(new XElement(AknNames.Ns + "content", paragraphs));
        }
        return xml;
    }

    private static IEnumerable<XElement> Notes(ActUnit unit) => (unit.Notes ?? []).Select((note, i) =>
        new XElement(AknNames.Ns + "authorialNote", new XAttribute("marker", $"{i + 1}"), new XAttribute("eId", $"{unit.Id}__note_{i + 1}"), AknText.P(note)));
}
