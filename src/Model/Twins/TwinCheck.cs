using System.Globalization;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Model.Twins;

/// <summary>Where the two texts of one measure say different things: deadline, responsible bodies, sources or amounts.</summary>
public sealed record TwinDifference(string Field, string? Kk, string? Ru);

/// <summary>A name that could not be compared, since <see cref="BilingualNames"/> does not know it.</summary>
public sealed record UncheckedName(string Field, string Language, string Name);

public sealed record TwinAgreement(IReadOnlyList<TwinDifference> Disagreements, IReadOnlyList<UncheckedName> Unchecked)
{
    public bool Agrees => Disagreements.Count == 0;
}

/// <summary>
/// Compares a measure's Kazakh and Russian texts on what both must state alike: the deadline as a
/// period, the responsible bodies and the financing sources (through <see cref="BilingualNames"/>), and
/// the amounts per source and year. A name neither table nor glossary resolves is listed as unknown; a
/// body one side names is a disagreement only when the other side has no unresolved name that could be it.
/// </summary>
public static class TwinCheck
{
    public static TwinAgreement Compare(Decree kkDecree, MeasurePair pair, Decree ruDecree)
    {
        if (pair.Kk is not { } kk || pair.Ru is not { } ru)
        {
            return new TwinAgreement([new TwinDifference("measure", pair.Kk?.Number, pair.Ru?.Number)], []);
        }
        var differences = new List<TwinDifference>();
        var unknown = new List<UncheckedName>();
        if (Period(kk.Deadline) is var kkPeriod && Period(ru.Deadline) is var ruPeriod && kkPeriod != ruPeriod)
        {
            differences.Add(new TwinDifference("deadline", kkPeriod, ruPeriod));
        }
        CompareNames("responsible", Parties(kk, kkDecree), Parties(ru, ruDecree), differences, unknown);
        var kkSources = Sources(kk, kkDecree);
        var ruSources = Sources(ru, ruDecree);
        CompareNames("sources", kkSources, ruSources, differences, unknown);
        var bySource = kkSources.All(s => s.Id is not null) && ruSources.All(s => s.Id is not null);
        var kkAmounts = Amounts(kk, kkDecree, bySource);
        var ruAmounts = Amounts(ru, ruDecree, bySource);
        if (kkAmounts != ruAmounts) differences.Add(new TwinDifference("amounts", kkAmounts, ruAmounts));
        return new TwinAgreement(differences, unknown);
    }

    /// <summary>"quarter 2019-Q3", "yearRange 2019..2021", "annual recurring"; null when the deadline was not read.</summary>
    private static string? Period(Deadline deadline) => deadline.Kind == DeadlineKind.Unknown ? null
        : string.Join(' ', new[] { DeadlineKinds.Name(deadline.Kind), deadline.From == deadline.To ? deadline.From : $"{deadline.From}..{deadline.To}", deadline.Recurrence?.ToString().ToLowerInvariant() }
            .Where(p => !string.IsNullOrEmpty(p)));

    private sealed record Name(string Written, string? Id);

    private static List<Name> Parties(Measure measure, Decree decree) =>
        measure.Responsible.Select(p => new Name(p.Code ?? p.Text,
            BilingualNames.Id(decree.Language, p.Code) ?? BilingualNames.Id(decree.Language, p.Expansion) ?? BilingualNames.Id(decree.Language, p.Text))).ToList();

    private static List<Name> Sources(Measure measure, Decree decree) =>
        measure.Financing.Sources.Concat(measure.Financing.Amounts.Select(a => a.Source).OfType<string>()).Distinct(StringComparer.Ordinal)
            .Select(code => new Name(code, SourceId(code, decree))).ToList();

    private static string? SourceId(string code, Decree decree) =>
        BilingualNames.Id(decree.Language, code) ?? BilingualNames.Id(decree.Language, decree.Glossary.FirstOrDefault(g => g.Abbreviation == code)?.Expansion);

    private static void CompareNames(string field, List<Name> kk, List<Name> ru, List<TwinDifference> differences, List<UncheckedName> unknown)
    {
        unknown.AddRange(kk.Where(n => n.Id is null).Select(n => new UncheckedName(field, "kk", n.Written)));
        unknown.AddRange(ru.Where(n => n.Id is null).Select(n => new UncheckedName(field, "ru", n.Written)));
        // A body only one side names may be the other side's unresolved name: only then is it not a disagreement.
        var kkOnly = kk.Where(n => n.Id is not null && !ru.Any(r => r.Id == n.Id)).ToList();
        var ruOnly = ru.Where(n => n.Id is not null && !kk.Any(k => k.Id == n.Id)).ToList();
        var kkAlone = ru.Any(n => n.Id is null) ? [] : kkOnly;
        var ruAlone = kk.Any(n => n.Id is null) ? [] : ruOnly;
        if (kkAlone.Count > 0 || ruAlone.Count > 0)
        {
            differences.Add(new TwinDifference(field, Written(kk), Written(ru)));
        }
    }

    private static string Written(List<Name> names) => string.Join(", ", names.Select(n => n.Written));

    /// <summary>"РБ 2019: 10171; ЖБ 2019: 350.5" by source id (or per year alone when a source is unknown), in a fixed order.</summary>
    private static string Amounts(Measure measure, Decree decree, bool bySource) => string.Join("; ", measure.Financing.Amounts
        .GroupBy(a => (Source: bySource && a.Source is { } code ? SourceId(code, decree) ?? "" : "", a.Year))
        .OrderBy(g => g.Key.Source, StringComparer.Ordinal).ThenBy(g => g.Key.Year)
        .Select(g => string.Create(CultureInfo.InvariantCulture, $"{(g.Key.Source.Length > 0 ? g.Key.Source + " " : "")}{g.Key.Year}: {g.Sum(a => a.MillionTenge).Normalize()}")));

    private static decimal Normalize(this decimal value) => value / 1.000000000000000000000000000000000m;
}
