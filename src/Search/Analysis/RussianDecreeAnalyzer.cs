using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Ru;

namespace DecreeParser.Search.Analysis;

/// <summary>
/// Russian decree texts: the same characters, tokens and compounds as <see cref="KazakhAnalyzer"/>,
/// then Lucene's Russian stop list and light stemmer ("Бюджетного кодекса" meets "Бюджетный кодекс").
/// </summary>
public sealed class RussianDecreeAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => new KazakhCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new DecreeTokenizer(reader);
        TokenStream stream = new CompoundPartsFilter(tokenizer);
        stream = new LowerCaseFilter(KazakhAnalyzer.Version, stream);
        stream = new StopFilter(KazakhAnalyzer.Version, stream, RussianAnalyzer.DefaultStopSet);
        stream = new RussianLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
