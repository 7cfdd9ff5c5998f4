using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Hunspell;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace DecreeParser.Search.Analysis;

/// <summary>
/// The Kazakh analyzer, a chain of small steps: <see cref="KazakhCharFilter"/> (NFC, look-alike
/// letters, invisible characters) → <see cref="DecreeTokenizer"/> (words, compounds, numbers, year
/// ranges, decree numbers) → <see cref="CompoundPartsFilter"/> → <see cref="AbbreviationMarkerFilter"/>
/// → lowercasing → the corpus stop list → stemming. For the folded field, the last step is
/// <see cref="KeyboardFoldFilter"/> instead: Kazakh as a Russian keyboard types it. For the all-words
/// field, each word's folded twin (<see cref="FoldedTwinFilter"/>) goes through the stemming beside it,
/// and both are folded at the end (<see cref="KazakhForms.Both"/>).
/// </summary>
public sealed class KazakhAnalyzer(KazakhStemming stemming = KazakhStemming.Rules, KazakhForms forms = KazakhForms.Written) : Analyzer
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
        var foldedStems = Stemming is KazakhStemming.Rules or KazakhStemming.HunspellThenRules;
        if (forms == KazakhForms.KeyboardFolded) return new TokenStreamComponents(tokenizer, new KeyboardFoldFilter(stream, stem: foldedStems));
        if (forms == KazakhForms.Both) stream = new FoldedTwinFilter(stream, stem: foldedStems);
        if (Stemming is KazakhStemming.Hunspell or KazakhStemming.HunspellThenRules)
        {
            stream = new HunspellStemFilter(stream, KazakhHunspell.Dictionary, dedup: true, longestOnly: true);
        }
        if (Stemming is KazakhStemming.Rules or KazakhStemming.HunspellThenRules) stream = new KazakhStemFilter(stream);
        if (forms == KazakhForms.Both) stream = new RemoveDuplicatesTokenFilter(new KeyboardFoldFilter(stream, stem: false));
        return new TokenStreamComponents(tokenizer, stream);
    }
}
