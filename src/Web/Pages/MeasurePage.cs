using System.Globalization;
using DecreeParser.Model.Decrees;
using DecreeParser.Web.Html;

namespace DecreeParser.Web.Pages;

/// <summary>
/// A measure with every typed field: number and parent, its groups from the plan's top down, unit,
/// deadline as written and as a period, responsible bodies with their full names and "by
/// agreement", financing per source and year with its budget programme, the plan's other columns,
/// the repairs made in its row, where it stands in the source, a link to its decree, and, where the
/// index has the decree in the other language, a link to the same measure there and what the two texts state differently.
/// </summary>
public static class MeasurePage
{
    public static string Render(UiText text, Measure measure, Decree decree, string decreeKey, TwinView? twin)
    {
        return Layout.Page(text, $"{measure.Number}. {measure.Title}", Paths.Measure(DecreeKey.Item(decreeKey, measure.Plan, measure.Number), text.OtherLanguage), html =>
        {
            html.Open("article", ("class", "measure"))
                .Element("p", $"{text.Measure} {measure.Number} · {decreeKey}", ("class", "kicker"))
                .Element("h1", measure.Title)
                .Open("dl");
            html.Term(text.Number, measure.Number);
            if (measure.Parent is { } parent) html.Element("dt", text.Parent).Open("dd").Link(Paths.Measure(DecreeKey.Item(decreeKey, measure.Plan, parent), text.Language), parent).Close("dd");
            var groups = GroupPaths.Of(decree.Sections, measure.Section);
            if (groups.Count > 0)
            {
                html.Element("dt", text.Group).Open("dd").Open("ol", ("class", "groups"));
                foreach (var group in groups) html.Element("li", GroupPaths.Label(group));
                html.Close("ol").Close("dd");
            }
            html.Term(text.Unit, measure.Unit);
            html.Term(text.CompletionForm, measure.CompletionForm);
            html.Term(text.Deadline, measure.Deadline.Text);
            html.Term(text.Period, Period(text, measure.Deadline));
            html.Close("dl");

            html.Element("h2", text.ResponsibleBodies).Open("ul", ("class", "responsible"));
            foreach (var party in measure.Responsible)
            {
                html.Open("li").Text(party.Expansion is { } expansion ? $"{expansion} ({party.Code})" : party.Text);
                if (party.ByAgreement) html.Text(" — ").Element("em", party.AgreementWith is { } with ? $"{text.ByAgreement} ({with})" : text.ByAgreement);
                html.Close("li");
            }
            html.Close("ul");

            Financing(html, text, measure.Financing);
            if (measure.BudgetProgramme is { } programme) html.Open("dl").Term(text.BudgetProgramme, programme).Close("dl");
            if (measure.Extra is { Count: > 0 } extra)
            {
                html.Element("h2", text.OtherColumns).Open("dl", ("class", "extra"));
                foreach (var (header, value) in extra) html.Term(header, value);
                html.Close("dl");
            }

            if (twin is not null) Twin(html, text, twin);

            html.Element("h2", text.Repairs);
            var repairs = MeasureRepairs.Of(decree, measure);
            if (repairs.Count == 0) html.Element("p", text.NoRepairs);
            else
            {
                html.Open("table", ("class", "repairs")).Open("tbody");
                foreach (var repair in repairs)
                {
                    html.Open("tr").Element("td", repair.Kind).Open("td").Element("del", repair.Before).Close("td")
                        .Open("td").Element("ins", repair.After).Close("td").Element("td", repair.Location.ToString()).Close("tr");
                }
                html.Close("tbody").Close("table");
            }

            html.Open("dl");
            html.Term(text.Location, $"{decree.Source.Path}: {measure.Location}");
            html.Close("dl")
                .Open("p").Link(Paths.Decree(decreeKey, text.Language), $"{text.ToDecree}: {decree.Title ?? decreeKey}", ("class", "to-decree")).Close("p")
                .Close("article");
        });
    }

    /// <summary>The link to the other language's text and what the two texts state differently.</summary>
    private static void Twin(HtmlWriter html, UiText text, TwinView twin)
    {
        var words = text.Twins;
        html.Open("section", ("class", "twin-check")).Element("h2", words.Check)
            .Open("p").Link(Paths.Measure(twin.Id, text.Language), words.TextIn[DecreeKey.LanguageOf(twin.Id)], ("class", "twin"), ("hreflang", DecreeKey.LanguageOf(twin.Id))).Close("p");
        if (twin.Agreement.Agrees) html.Element("p", words.Agree, ("class", "agrees"));
        else
        {
            html.Element("p", words.Differ).Open("table", ("class", "disagreements")).Open("tbody");
            foreach (var difference in twin.Agreement.Disagreements)
            {
                html.Open("tr").Element("th", words.Fields[difference.Field]).Element("td", difference.Kk ?? "—", ("lang", "kk")).Element("td", difference.Ru ?? "—", ("lang", "ru")).Close("tr");
            }
            html.Close("tbody").Close("table");
        }
        if (twin.Agreement.Unchecked.Count > 0)
        {
            html.Element("p", words.Unchecked).Open("ul", ("class", "unchecked"));
            foreach (var name in twin.Agreement.Unchecked) html.Element("li", $"{name.Name} ({words.Fields[name.Field]}, {name.Language})");
            html.Close("ul");
        }
        html.Close("section");
    }

    private static string Period(UiText text, Deadline deadline)
    {
        var span = deadline.From == deadline.To ? deadline.From : $"{deadline.From} – {deadline.To}";
        var kind = text.KindName(DeadlineKinds.Name(deadline.Kind));
        var recurrence = deadline.Recurrence is { } every ? text.Recurrences[every] : null;
        return string.Join(" · ", new[] { kind, span, recurrence }.Where(p => !string.IsNullOrEmpty(p)));
    }

    private static void Financing(HtmlWriter html, UiText text, Financing financing)
    {
        html.Element("h2", text.Financing).Element("p", financing.Text);
        if (financing.Required == false) html.Element("p", text.NotRequired, ("class", "note"));
        if (financing.WithinAllocatedFunds) html.Element("p", text.WithinFunds, ("class", "note"));
        if (financing.Amounts.Count == 0) return;
        var years = financing.Amounts.Select(a => a.Year).Distinct().Order().ToList();
        html.Element("h3", $"{text.Amounts}, {text.MillionTenge}").Open("table", ("class", "amounts")).Open("thead").Open("tr").Element("th", text.Source);
        foreach (var year in years) html.Element("th", year.ToString(CultureInfo.InvariantCulture));
        html.Close("tr").Close("thead").Open("tbody");
        foreach (var source in financing.Amounts.GroupBy(a => a.Source ?? "—"))
        {
            html.Open("tr").Element("th", source.Key);
            foreach (var year in years)
            {
                var sum = source.Where(a => a.Year == year).Sum(a => a.MillionTenge);
                html.Element("td", source.Any(a => a.Year == year) ? sum.ToString("#,0.###", CultureInfo.InvariantCulture) : "");
            }
            html.Close("tr");
        }
        html.Close("tbody").Close("table");
    }
}
