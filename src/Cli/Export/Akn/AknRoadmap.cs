using System.Xml.Linq;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Cli.Export.Akn;

/// <summary>
/// A plan's table as AKN: a row a measure with each field marked (<c>inline name="deadline"</c> …),
/// each responsible body an <c>organization</c> that refers to the body the glossary defines, each
/// reference to another act in a title a <c>ref</c>; any other table cell for cell.
/// </summary>
public static class AknRoadmap
{
    private static readonly string[] Fields = ["number", "title", "completionForm", "deadline", "responsible", "financing"];

    public static XElement Table(Decree decree, AknText text, int table, string eId)
    {
        var measures = decree.Plans.Where(p => p.Table == table && p.Kind == PlanKinds.Measures).SelectMany(p => decree.Measures.Where(m => m.Plan == p.Order)).ToList();
        return measures.Count > 0 ? Measures(measures, text, eId) : Cells(decree.Tables[table - 1], text, eId);
    }

    private static XElement Measures(List<Measure> measures, AknText text, string eId)
    {
        var header = Row(Fields.Select(field => Cell("th", AknText.P(field))));
        var rows = measures.Select(measure => Row(
            Cell("td", AknText.P(Marked("number", measure.Number))),
            Cell("td", AknText.P(new XElement(AknNames.Ns + "inline", new XAttribute("name", "title"), text.Referenced(measure.Title)))),
            Cell("td", AknText.P(Marked("completionForm", measure.CompletionForm ?? ""))),
            Cell("td", AknText.P(new XElement(AknNames.Ns + "inline", new XAttribute("name", "deadline"), DeadlineAttributes(measure.Deadline), measure.Deadline.Text))),
            Cell("td", AknText.P([.. Bodies(measure)])),
            Cell("td", AknText.P(Marked("financing", measure.Financing.Text)))));
        return new XElement(AknNames.Ns + "table", new XAttribute("eId", eId), header, rows);
    }

    private static XElement Cells(DecreeTable table, AknText text, string eId) => new(AknNames.Ns + "table", new XAttribute("eId", eId),
        table.Rows.Select(row => Row(row.Cells.Select(cell => Cell(row.Header ? "th" : "td", text.Paragraph(cell.Text))))));

    private static IEnumerable<object> Bodies(Measure measure)
    {
        for (var i = 0; i < measure.Responsible.Count; i++)
        {
            if (i > 0) yield return ", ";
            var party = measure.Responsible[i];
            yield return party.Code is { } code
                ? new XElement(AknNames.Ns + "organization", new XAttribute("refersTo", $"#{AknNames.Organization(code)}"), party.Text)
                : party.Text;
        }
    }

    private static IEnumerable<XAttribute> DeadlineAttributes(Deadline deadline)
    {
        if (deadline.From is { } from) yield return new XAttribute("title", deadline.To is { } to && to != from ? $"{from}/{to}" : from);
    }

    private static XElement Marked(string name, string text) => new(AknNames.Ns + "inline", new XAttribute("name", name), text);

    private static XElement Row(params object[] cells) => new(AknNames.Ns + "tr", cells);

    private static XElement Cell(string tag, XElement p) => new(AknNames.Ns + tag, p);
}
