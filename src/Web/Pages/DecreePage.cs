using DecreeParser.Model.Decrees;
using DecreeParser.Web.Html;

namespace DecreeParser.Web.Pages;

/// <summary>A decree: metadata and status, operative points, the roadmap as a clean table, glossary, notes and warnings.</summary>
public static class DecreePage
{
    public static string Render(UiText text, Decree decree, string key)
    {
        return Layout.Page(text, decree.Title ?? key, Paths.Decree(key, text.OtherLanguage), html =>
        {
            html.Open("article", ("class", "decree"))
                .Element("p", $"{key} · {decree.Kind} № {decree.Number}", ("class", "kicker"))
                .Element("h1", decree.Title ?? key)
                .Open("dl");
            html.Term(text.Status, decree.Status);
            html.Term(text.Date, decree.Date);
            html.Term(text.Number, decree.Number);
            html.Term(text.Issuer, decree.Issuer);
            if (decree.Signatory is { } signatory) html.Term(text.Signatory, $"{signatory.Position} {signatory.Name}");
            html.Close("dl");

            if (decree.Paragraphs.Count > 0)
            {
                html.Element("h2", text.Paragraphs).Open("ol", ("class", "paragraphs"));
                foreach (var paragraph in decree.Paragraphs)
                {
                    html.Open("li").Text($"{paragraph.Number}. {paragraph.Text}");
                    if (paragraph.Items.Count > 0)
                    {
                        html.Open("ul");
                        foreach (var item in paragraph.Items) html.Element("li", $"{item.Number}) {item.Text}");
                        html.Close("ul");
                    }
                    html.Close("li");
                }
                html.Close("ol");
            }

            if (decree.Measures.Count > 0) Roadmap(html, text, decree, key);

            if (decree.Glossary.Count > 0)
            {
                html.Element("h2", text.Glossary).Open("dl", ("class", "glossary"));
                foreach (var entry in decree.Glossary) html.Element("dt", entry.Abbreviation).Element("dd", entry.Expansion);
                html.Close("dl");
            }
            List(html, text.Notes, decree.Notes.Select(n => n.Text));
            List(html, text.Warnings, decree.Warnings.Select(w => $"{w.Code} [{w.Location}]: {w.Message}"));
            html.Close("article");
        });
    }

    private static void Roadmap(HtmlWriter html, UiText text, Decree decree, string key)
    {
        html.Element("h2", text.Roadmap).Open("table", ("class", "roadmap")).Open("thead").Open("tr");
        foreach (var header in new[] { "№", text.Measure, text.CompletionForm, text.Deadline, text.ResponsibleBodies, text.Financing }) html.Element("th", header);
        html.Close("tr").Close("thead").Open("tbody");
        int? section = null;
        foreach (var measure in decree.Measures)
        {
            if (measure.Section != section && decree.Sections.FirstOrDefault(s => s.Order == measure.Section) is { } heading)
            {
                html.Open("tr", ("class", "section")).Element("th", $"{heading.Numeral}. {heading.Title}", ("colspan", "6")).Close("tr");
            }
            section = measure.Section;
            html.Open("tr").Open("td").Link(Paths.Measure(measure.Id, text.Language), measure.Number).Close("td")
                .Element("td", measure.Title).Element("td", measure.CompletionForm).Element("td", measure.Deadline.Text)
                .Element("td", string.Join(", ", measure.Responsible.Select(r => r.Text))).Element("td", measure.Financing.Text).Close("tr");
        }
        html.Close("tbody").Close("table");
    }

    private static void List(HtmlWriter html, string heading, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0) return;
        html.Element("h2", heading).Open("ul");
        foreach (var item in list) html.Element("li", item);
        html.Close("ul");
    }
}
