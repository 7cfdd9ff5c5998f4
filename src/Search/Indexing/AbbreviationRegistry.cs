using DecreeParser.Model.Decrees;
using DecreeParser.Search.Analysis;
using Lucene.Net.Analysis;

namespace DecreeParser.Search.Indexing;

/// <summary>
/// Every glossary entry of every indexed decree, so that a text naming a body one way is found the
/// other way too: "ДСМ" brings "Денсаулық сақтау министрлігі", and "Денсаулық сақтау министрлігімен"
/// brings "ДСМ". Texts are compared as stems, so any inflected form of an expansion counts.
/// </summary>
public sealed class AbbreviationRegistry
{
    // Expansions begin with the country's name, which texts leave out ("Денсаулық сақтау министрлігі").
    private static readonly HashSet<string> CountryStems = ["қазақстан", KazakhStemmer.Stem("республикасының")];

    // Shared: an analyzer keeps one token stream per thread.
    private static readonly Analyzer StemAnalyzer = new KazakhAnalyzer(KazakhStemming.Rules);
    private readonly Dictionary<(string Code, string Expansion), (string[] Code, string[] Expansion)> _entries = [];

    private static readonly ISet<string> GlossaryField = new HashSet<string>([DecreeDocument.Glossary], StringComparer.Ordinal);

    public int Count => _entries.Count;

    /// <summary>The registry of an index: the glossaries its decree documents keep.</summary>
    public static AbbreviationRegistry Load(Lucene.Net.Index.IndexReader reader)
    {
        var registry = new AbbreviationRegistry();
        foreach (var entry in DecreeDocuments.Live(reader, GlossaryField).SelectMany(DecreeDocument.GlossaryOf)) registry.Add(entry);
        return registry;
    }

    public IEnumerable<GlossaryEntry> Entries => _entries.Keys.Select(k => new GlossaryEntry(k.Code, k.Expansion));

    public void Add(GlossaryEntry entry)
    {
        var key = (entry.Abbreviation, entry.Expansion);
        if (_entries.ContainsKey(key)) return;
        var expansion = Stems(entry.Expansion).SkipWhile(CountryStems.Contains).ToArray();
        _entries[key] = (Stems(entry.Abbreviation), expansion);
    }

    /// <summary>
    /// The codes and expansions a text names the other way, one each, in ordinal order: not in the
    /// order glossaries were added, which differs between an index built in one go and one merged.
    /// </summary>
    public IReadOnlyList<string> Aliases(string text)
    {
        var stems = Stems(text);
        var aliases = new List<string>();
        foreach (var ((code, expansion), (codeStems, expansionStems)) in _entries)
        {
            if (Contains(stems, codeStems)) aliases.Add(expansion);
            if (Contains(stems, expansionStems)) aliases.Add(code);
        }
        return [.. aliases.Distinct().Order(StringComparer.Ordinal)];
    }

    // A compound's parts share its position; the sequence keeps the whole.
    private static string[] Stems(string text) =>
        [.. AnalyzedText.Tokens(StemAnalyzer, IndexFields.Aliases, text).Where(t => t.PositionIncrement > 0).Select(t => t.Term)];

    private static bool Contains(string[] text, string[] part)
    {
        if (part.Length == 0) return false;
        for (var i = 0; i + part.Length <= text.Length; i++)
        {
            if (text.AsSpan(i, part.Length).SequenceEqual(part)) return true;
        }
        return false;
    }
}
