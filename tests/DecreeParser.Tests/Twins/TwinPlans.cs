using DecreeParser.Ingest.Pipeline;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Twins;

/// <summary>The Kazakh and Russian year-column plans (corpus/plans): one plan in two languages, the twins the tests compare.</summary>
public static class TwinPlans
{
    private static readonly Lazy<Decree> KkHtml = new(() => Convert("html", "kk"));
    private static readonly Lazy<Decree> RuHtml = new(() => Convert("html", "ru"));

    public static Decree Kk => KkHtml.Value;

    public static Decree Ru => RuHtml.Value;

    public static string Path(string format, string language) => Repository.File($"corpus/plans/P1800000897.years-{language}.{format}");

    public static Decree Convert(string format, string language) => DecreePipeline.Convert(Path(format, language), Path(format, language));
}
