using DecreeParser.Model.Decrees;
using DecreeParser.Web.Html;

namespace DecreeParser.Web.Pages;

/// <summary>
/// A decree: metadata and status, operative points, each plan as a clean table under its groups
/// (measures linked to their pages; targets with a value a year), glossary, the acts it cites and
/// those citing it, notes and warnings, and a link to its text in the other language.
/// </summary>
public static class DecreePage
{
    /// <param name="twin">The key of the decree's text in the other language, when the index has it.</param>
    /// <param name="citations">Where the acts it cites and those citing it are linked to.</param>
    public static string Render(UiText text, Decree decree, string key, string? twin, CitationLinks citations)
    {
        return Layout.Page(text, decree.Title ?? key, Paths.Decree(key, text.OtherLanguage), html =>
        {
            html.Open("article", ("class", "decree"))
                .Element("p", $"{key} · {decree.Kind} № {decree.Number}", ("class", "kicker"))
                .Element("h1", decree.Title ?? key);
            if (twin is not null) html.Open("p", ("class", "twin")).Link(Paths.Decree(twin, text.Language), text.Twins.TextIn[DecreeKey.LanguageOf(twin)], ("hreflang", DecreeKey.LanguageOf(twin))).Close("p");
            html.Open("dl");
            html.Term(text.Status, decree.Status);
            html.Term(text.Date, decree.Date);
            html.Term(text.Number, decree.Number);
            html.Term(text.Issuer, decree.Issuer);
            if (decree.Signatory is { } signatory) html.Term(text.Signatory, $"{signatory.Position} {signatory.Name}");
            html.Close("dl");

            if (decree.Structure.Count > 0)
            {
                html.Element("h2", text.Structure);
                Tree(html, decree.Structure);
            }

            foreach (var plan in decree.Plans)
            {
                if (plan.Kind == PlanKinds.Indicators) Indicators(html, text, decree, plan);
                else Roadmap(html, text, decree, key, plan);
            }

            if (decree.Glossary.Count > 0)
            {
                html.Element("h2", text.Glossary).Open("dl", ("class", "glossary"));
                foreach (var entry in decree.Glossary) html.Element("dt", entry.Abbreviation).Element("dd", entry.Expansion);
                html.Close("dl");
            }
            Citations(html, text, decree, citations);
            Amendments(html, text, decree, citations);
            List(html, text.Notes, decree.Notes.Select(n => n.Text));
            List(html, text.Warnings, decree.Warnings.Select(w => $"{w.Code} [{w.Location}]: {w.Message}"));
            html.Close("article");
        });
    }

    private static void Roadmap(HtmlWriter html, UiText text, Decree decree, string key, Plan plan)
    {
        Heading(html, plan, text.Roadmap);
        html.Open("table", ("class", "roadmap")).Open("thead").Open("tr");
        foreach (var header in new[] { "№", text.Measure, text.CompletionForm, text.Deadline, text.ResponsibleBodies, text.Financing }) html.Element("th", header);
        html.Close("tr").Close("thead").Open("tbody");
        var groups = new GroupRows(decree, 6);
        foreach (var measure in decree.Measures.Where(m => m.Plan == plan.Order))
        {
            groups.Open(html, measure.Section);
            html.Open("tr").Open("td").Link(Paths.Measure(DecreeKey.Item(key, measure.Plan, measure.Number), text.Language), measure.Number).Close("td")
                .Element("td", measure.Title).Element("td", measure.CompletionForm).Element("td", measure.Deadline.Text)
                .Element("td", string.Join(", ", measure.Responsible.Select(r => r.Text))).Element("td", measure.Financing.Text).Close("tr");
        }
        html.Close("tbody").Close("table");
    }

    private static void Indicators(HtmlWriter html, UiText text, Decree decree, Plan plan)
    {
        var indicators = decree.Indicators.Where(i => i.Plan == plan.Order).ToList();
        var years = indicators.SelectMany(i => i.Values).Select(v => v.Year).Distinct().Order().ToList();
        Heading(html, plan, text.Indicators);
        html.Open("table", ("class", "indicators")).Open("thead").Open("tr");
        foreach (var header in new[] { "№", text.Measure, text.Unit, text.InformationSource, text.ResponsibleBodies }.Concat(years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)))) html.Element("th", header);
        html.Close("tr").Close("thead").Open("tbody");
        var groups = new GroupRows(decree, 5 + years.Count);
        foreach (var indicator in indicators)
        {
            groups.Open(html, indicator.Section);
            html.Open("tr").Element("td", indicator.Number).Element("td", indicator.Name).Element("td", indicator.Unit).Element("td", indicator.Source)
                .Element("td", string.Join(", ", indicator.Responsible.Select(r => r.Text)));
            foreach (var year in years) html.Element("td", indicator.Values.FirstOrDefault(v => v.Year == year)?.Text);
            html.Close("tr");
        }
        html.Close("tbody").Close("table");
    }

    /// <summary>A plan's heading: its title, else the kind of table, with its appendix.</summary>
    private static void Heading(HtmlWriter html, Plan plan, string kind) =>
        html.Element("h2", plan.Appendix is { } appendix ? $"{plan.Title ?? kind} ({appendix})" : plan.Title ?? kind);

    /// <summary>Writes the rows of the groups an item opens: each group it stands in that the item before did not.</summary>
    private sealed class GroupRows(Decree decree, int width)
    {
        private IReadOnlyList<Section> _open = [];

        public void Open(HtmlWriter html, int? section)
        {
            var path = GroupPaths.Of(decree.Sections, section);
            foreach (var group in path.Where(g => !_open.Contains(g)))
            {
                var depth = path.ToList().IndexOf(group);
                html.Open("tr", ("class", $"section depth-{depth}")).Element("th", GroupPaths.Label(group), ("colspan", width.ToString(System.Globalization.CultureInfo.InvariantCulture))).Close("tr");
            }
            _open = path;
        }
    }

    /// <summary>
    /// The act's tree, each unit with an anchor by its eId ("#chp_1__art_3") before its number as the
    /// act writes it (so a point reads "1." once, not numbered again by the list), its heading, text
    /// and the publisher's notes on it. Tables stand in the plans below.
    /// </summary>
    private static void Tree(HtmlWriter html, IReadOnlyList<ActUnit> units)
    {
        html.Open("ul", ("class", "structure"));
        foreach (var unit in units.Where(u => u.Kind != UnitKinds.Table))
        {
            html.Open("li", ("id", unit.Id), ("class", unit.Repealed ? $"{unit.Kind} repealed" : unit.Kind));
            var lines = unit.Text?.Split('\n') ?? [];
            html.Open("p").Link($"#{unit.Id}", unit.Num ?? "¶", ("class", "anchor")).Text(" ");
            if (unit.Heading is { } heading) html.Element("strong", heading);
            else if (lines.Length > 0) html.Text(lines[0]);
            html.Close("p");
            foreach (var line in unit.Heading is null ? lines.Skip(1) : lines) html.Element("p", line);
            foreach (var note in unit.Notes ?? []) html.Element("p", note, ("class", "note"));
            if (unit.Children.Any(child => child.Kind != UnitKinds.Table)) Tree(html, unit.Children);
            html.Close("li");
        }
        html.Close("ul");
    }

    /// <summary>Each act cited once, by its first reference as written, linked where its id is known; then the indexed acts citing this one.</summary>
    private static void Citations(HtmlWriter html, UiText text, Decree decree, CitationLinks links)
    {
        var cited = decree.Citations.GroupBy(c => c.Id ?? c.Text).Select(g => g.First()).ToList();
        if (cited.Count > 0)
        {
            html.Element("h2", text.Citations).Open("ul", ("class", "citations"));
            foreach (var citation in cited)
            {
                html.Open("li");
                if (citation.Id is { } id) html.Link(links.To(id), citation.Text, ("data-cites", id));
                else html.Text(citation.Text);
                html.Close("li");
            }
            html.Close("ul");
        }
        Acts(html, text, text.CitedBy, "cited-by", links.CitedBy);
    }

    /// <summary>The instructions this act gives, each with the unit and the act it amends; then the indexed acts that amend this one.</summary>
    private static void Amendments(HtmlWriter html, UiText text, Decree decree, CitationLinks links)
    {
        if (decree.Amendments.Count > 0)
        {
            html.Element("h2", text.Amendments).Open("ol", ("class", "amendments"));
            foreach (var amendment in decree.Amendments)
            {
                html.Open("li", ("id", amendment.Id)).Element("span", amendment.Action, ("class", "action")).Text($" {amendment.Unit ?? ""} ");
                if (amendment.Target.Id is { } target) html.Link(links.To(target), target, ("data-amends", target));
                html.Close("li");
            }
            html.Close("ol");
        }
        Acts(html, text, text.AmendedBy, "amended-by", links.AmendedBy);
    }

    /// <summary>Indexed acts that cite or amend this one, each linked to its page by its title.</summary>
    private static void Acts(HtmlWriter html, UiText text, string heading, string listClass, IReadOnlyList<(string Key, string? Title)> acts)
    {
        if (acts.Count == 0) return;
        html.Element("h2", heading).Open("ul", ("class", listClass));
        foreach (var (key, title) in acts) html.Open("li").Link(Paths.Decree(key, text.Language), title ?? key).Close("li");
        html.Close("ul");
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
