using DecreeParser.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;

namespace DecreeParser.Search.Indexing;

/// <summary>
/// The analyzers an index is built and searched with, by name: ours (Kazakh fields through
/// <see cref="KazakhAnalyzer"/>, Russian ones through <see cref="RussianDecreeAnalyzer"/>) or Lucene's
/// StandardAnalyzer for every field, the baseline <c>decree eval</c> compares against.
/// </summary>
public sealed class SearchAnalysis
{
    public const string ShippedName = "kazakh";

    private SearchAnalysis(string name, Analyzer analyzer)
    {
        Name = name;
        Analyzer = analyzer;
    }

    public string Name { get; }

    public Analyzer Analyzer { get; }

    public static SearchAnalysis Shipped => Kazakh(KazakhStemming.Rules);

    public static SearchAnalysis Kazakh(KazakhStemming stemming) =>
        new(NameOf(stemming), new KazakhAndRussian(new KazakhAnalyzer(stemming), new KazakhAnalyzer(stemming, KazakhForms.KeyboardFolded), new KazakhAnalyzer(stemming, KazakhForms.Both), new RussianDecreeAnalyzer()));

    public const string StandardName = "standard";

    public static SearchAnalysis Standard => new(StandardName, new StandardAnalyzer(KazakhAnalyzer.Version));

    /// <summary>Every analysis <c>decree eval --analyzers</c> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = [StandardName, .. Enum.GetValues<KazakhStemming>().Select(NameOf)];

    public static SearchAnalysis ByName(string name) =>
        name == StandardName ? Standard
        : Enum.GetValues<KazakhStemming>().Where(s => NameOf(s) == name).Select(Kazakh).FirstOrDefault()
          ?? throw new ArgumentException($"unknown analyzer \"{name}\" (known: {string.Join(", ", Names)})");

    private static string NameOf(KazakhStemming stemming) =>
        stemming == KazakhStemming.Rules ? ShippedName : $"{ShippedName}-{stemming.ToString().ToLowerInvariant()}";

    private sealed class KazakhAndRussian(Analyzer kazakh, Analyzer folded, Analyzer both, Analyzer russian) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
    {
        protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
            IndexFields.IsRussian(fieldName) ? russian
            : fieldName == IndexFields.Folded ? folded
            : fieldName == IndexFields.All ? both
            : kazakh;
    }
}
