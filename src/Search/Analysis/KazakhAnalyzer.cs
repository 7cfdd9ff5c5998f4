using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Hunspell;
using Lucene.Net.Util;

namespace DecreeParser.Search.Analysis;

/// <summary>
/// The Kazakh analyzer, a chain of small steps: <see cref="KazakhCharFilter"/> (NFC, look-alike
/// letters, invisible characters) → <see cref="DecreeTokenizer"/> (words, compounds, numbers, year
/// ranges, decree numbers) → <see cref="CompoundPartsFilter"/> → <see cref="AbbreviationMarkerFilter"/>
/// → lowercasing → the corpus stop list → stemming. For the folded field, the last step is
/// <see cref="KeyboardFoldFilter"/> instead: Kazakh as a Russian keyboard types it.
/// </summary>
public sealed class KazakhAnalyzer(KazakhStemming stemming = KazakhStemming.Rules, bool keyboardFolded = false) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public KazakhStemming Stemming { get; } = stemming;

    protected override TextReader InitReader(string fieldName, TextReader reader) => new KazakhCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new DecreeTokenizer(reader);
        TokenStream stream = new CompoundPartsFilter(tokenizer);
        stream = new AbbreviationMarkerFilter(stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, KazakhStopWords.Set);
        // The folded field stems by the rules only where the analysis does: eval's other rows stay what they measure.
        if (keyboardFolded) return new TokenStreamComponents(tokenizer, new KeyboardFoldFilter(stream, stem: Stemming is KazakhStemming.Rules or KazakhStemming.HunspellThenRules));
        if (Stemming is KazakhStemming.Hunspell or KazakhStemming.HunspellThenRules)
        {
            stream = new HunspellStemFilter(stream, KazakhHunspell.Dictionary, dedup: true, longestOnly: true);
        }
        if (Stemming is KazakhStemming.Rules or KazakhStemming.HunspellThenRules) stream = new KazakhStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
