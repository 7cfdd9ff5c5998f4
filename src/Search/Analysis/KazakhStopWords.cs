using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace DecreeParser.Search.Analysis;

/// <summary>The Kazakh stop list drawn from the corpus (kazakh-stopwords.txt, with counts and sources).</summary>
public static class KazakhStopWords
{
    public static CharArraySet Set { get; } = Load();

    public static IReadOnlyList<string> Words { get; } = [.. Set.Select(w => w.ToString()!)];

    private static CharArraySet Load()
    {
        using var stream = typeof(KazakhStopWords).Assembly.GetManifestResourceStream("kazakh-stopwords.txt")
            ?? throw new InvalidOperationException("kazakh-stopwords.txt is not embedded in the Search assembly");
        using var reader = new StreamReader(stream);
        var words = new CharArraySet(LuceneVersion.LUCENE_48, 64, ignoreCase: false);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            words.Add(line.Split('\t')[0]);
        }
        return words.AsReadOnly();
    }
}
