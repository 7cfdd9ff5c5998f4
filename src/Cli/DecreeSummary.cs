using System.Globalization;
using System.Text;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Cli;

/// <summary>The text `decree show` prints: what a researcher checks first in a converted decree.</summary>
public static class DecreeSummary
{
    public static string Format(Decree decree)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"{decree.Id ?? "(no id)"}  {decree.Kind} № {decree.Number} of {decree.Date}  [{decree.Language}]");
        text.AppendLine(decree.Title);
        text.AppendLine(culture, $"Issuer: {decree.Issuer}");
        if (decree.Status is { } status) text.AppendLine(culture, $"Status: {status}");
        if (decree.Signatory is { } signatory) text.AppendLine(culture, $"Signed: {signatory.Position} {signatory.Name}");
        text.AppendLine(culture, $"Source: {decree.Source.Path} ({decree.Source.Format}, sha256 {decree.Source.Sha256[..12]}…)");
        text.AppendLine(culture, $"Operative points: {decree.Paragraphs.Count}; body: {decree.Body.Count} paragraphs, {decree.Notes.Count} notes, {decree.Tables.Count} tables");
        text.AppendLine();

        AppendPlans(decree, text);
        var subMeasures = decree.Measures.Count(m => m.Parent is not null);
        text.AppendLine(culture, $"Measures: {decree.Measures.Count} ({decree.Measures.Count - subMeasures} top-level, {subMeasures} sub-measures)");
        text.AppendLine("Deadlines by kind:");
        foreach (var group in decree.Measures.GroupBy(m => DeadlineName(m.Deadline)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(culture, $"  {group.Key,-24} {group.Count(),3}");
        }
        var funded = decree.Measures.Count(m => m.Financing.Amounts.Count > 0);
        var notRequired = decree.Measures.Count(m => m.Financing.Required == false);
        var within = decree.Measures.Count(m => m.Financing.WithinAllocatedFunds);
        text.AppendLine(culture, $"Financing: {funded} with amounts, {within} within allocated funds, {notRequired} not required");
        foreach (var totals in decree.Totals)
        {
            var amounts = string.Join(", ", totals.Amounts.Select(a => $"{a.Source} {a.Year}: {Money(a.MillionTenge)}"));
            var verdict = totals.Matches ? "adds up" : "DOES NOT add up";
            var scope = decree.Sections.FirstOrDefault(s => s.Order == totals.Section) is { } group ? $" of {GroupPaths.Label(group)}" : "";
            text.AppendLine(culture, $"Totals{scope}{(totals.Labelled ? "" : " (label lost)")}: {amounts} — {verdict}");
        }
        AppendIndicators(decree, text);
        text.AppendLine(culture, $"Glossary: {decree.Glossary.Count} abbreviations");
        text.AppendLine();

        var repairKinds = decree.Repairs.GroupBy(r => r.Kind).Select(g => $"{g.Key} {g.Count()}");
        text.AppendLine(culture, $"Repairs: {decree.Repairs.Count} ({string.Join(", ", repairKinds)})");
        text.AppendLine(culture, $"Warnings: {decree.Warnings.Count}");
        foreach (var warning in decree.Warnings)
        {
            text.AppendLine(culture, $"  {warning.Code} [{warning.Location}] {warning.Message}");
        }
        return text.ToString();
    }

    /// <summary>Each plan with its groups as a tree, each group with the measures or indicators it holds itself.</summary>
    private static void AppendPlans(Decree decree, StringBuilder text)
    {
        var culture = CultureInfo.InvariantCulture;
        foreach (var plan in decree.Plans)
        {
            var items = plan.Kind == PlanKinds.Indicators ? "indicators" : "measures";
            var count = plan.Kind == PlanKinds.Indicators ? decree.Indicators.Count(i => i.Plan == plan.Order) : decree.Measures.Count(m => m.Plan == plan.Order);
            var appendix = plan.Appendix is null ? "" : $" [{plan.Appendix}]";
            text.AppendLine(culture, $"Plan {plan.Order}{appendix}: {count} {items}  {plan.Title}");
            foreach (var group in decree.Sections.Where(s => s.Plan == plan.Order))
            {
                var depth = GroupPaths.Of(decree.Sections, group.Order).Count;
                var own = plan.Kind == PlanKinds.Indicators ? decree.Indicators.Count(i => i.Section == group.Order) : decree.Measures.Count(m => m.Section == group.Order);
                var label = $"{new string(' ', 2 * depth)}{group.Numeral ?? "·"} ({group.Kind})";
                text.AppendLine(culture, $"{label,-24} {own,3} {items}  {group.Title}");
            }
        }
    }

    private static void AppendIndicators(Decree decree, StringBuilder text)
    {
        if (decree.Indicators.Count == 0) return;
        text.AppendLine(CultureInfo.InvariantCulture, $"Indicators ({decree.Indicators.Count}):");
        foreach (var indicator in decree.Indicators)
        {
            var values = string.Join(", ", indicator.Values.Select(v => $"{v.Year}: {v.Text}"));
            text.AppendLine(CultureInfo.InvariantCulture, $"  {indicator.Number,-5} {indicator.Name}{(indicator.Unit is null ? "" : $", {indicator.Unit}")} — {values}");
        }
    }

    /// <summary>Million tenge with thousands grouped and the decimals a plan gives (350.5, not 351).</summary>
    private static string Money(decimal millions) => millions.ToString("#,##0.###", CultureInfo.InvariantCulture);

    /// <summary>The kind as the JSON writes it, with the recurrence of a recurring deadline: "recurring (annual)".</summary>
    private static string DeadlineName(Deadline deadline) =>
        deadline.Recurrence is { } recurrence ? $"{CamelCase(deadline.Kind)} ({CamelCase(recurrence)})" : CamelCase(deadline.Kind);

    private static string CamelCase<T>(T value) where T : struct, Enum => value.ToString()[..1].ToLowerInvariant() + value.ToString()[1..];
}
