namespace DecreeParser.Tests.Formats.Plans;

/// <summary>The plan layouts built from the seed's measures, by the name their files carry under corpus/plans.</summary>
public static class PlanFixtures
{
    public static readonly IReadOnlyDictionary<string, FixtureDocument> All = new Dictionary<string, FixtureDocument>
    {
        ["P1800000897.years-kk"] = YearColumnsPlanKk.Document,
        ["P1800000897.years-ru"] = YearColumnsPlanRu.Document,
        ["P1800000897.two-plans-kk"] = TwoPlansKk.Document,
    };

    public static IEnumerable<object[]> Names => All.Keys.Select(name => new object[] { name });

    public static string PathOf(string file) => Path.Combine(Support.Repository.Root, "corpus", "plans", file);
}
