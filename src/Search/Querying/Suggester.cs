using DecreeParser.Model.Text;
using DecreeParser.Search.Analysis;
using DecreeParser.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DecreeParser.Search.Querying;

/// <summary>
/// "Did you mean": for a query word that matches nothing, the word of the index's own titles and
/// bodies' names nearest to it — its stem within two edits of a stem the index holds, the nearest
/// of those and then the most common, shown as a title writes it. Lucene.Net.Suggest is not to be had.
/// </summary>
public sealed class Suggester(IndexSearcher searcher, IndexReader reader, Analyzer analyzer)
{
    private const int MaxEdits = 2;
    private static readonly string[] Fields =
        [IndexFields.Title, IndexFields.Parties, IndexFields.Title + IndexFields.RussianSuffix, IndexFields.Parties + IndexFields.RussianSuffix];

    /// <summary>Each word of <paramref name="words"/> that no text field holds, with the index's nearest word; words with no near one are left out.</summary>
    public IReadOnlyDictionary<string, string> For(IEnumerable<string> words)
    {
        var suggestions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words.Where(word => !Held(word)))
        {
            // The word as each field's analyzer cuts it: a Kazakh and a Russian stem.
            var stems = Fields.Select(field => (field, Tokens: AnalyzedText.Tokens(analyzer, field, word))).Where(f => f.Tokens.Count == 1)
                .Select(f => (Field: f.field, Stem: f.Tokens[0].Term)).ToList();
            if (stems.Count == 0) continue;
            if (Nearest(stems) is { } near && Surface(near.Field, near.Stem) is { } written) suggestions[word] = written;
        }
        return suggestions;
    }

    /// <summary>
    /// Whether a text field holds the word: the all-words fields hold every field's words, as the
    /// matching pass finds them. Looking in titles and names alone had a word of a financing cell
    /// ("теңге") said to match nothing, with a title's word offered ("тергеу").
    /// </summary>
    private bool Held(string word) =>
        DecreeQueryBuilder.MatchFields.Any(field => AnalyzedText.Tokens(analyzer, field, DecreeQueryBuilder.InFieldLetters(field, word)).Any(token => reader.DocFreq(new Term(field, token.Term)) > 0));

    private (string Field, string Stem)? Nearest(IEnumerable<(string Field, string Stem)> stems)
    {
        (string Field, string Stem, int Freq, float Similarity)? best = null;
        foreach (var (field, stem) in stems)
        {
            foreach (var (term, freq) in SharingFirstLetter(field, stem))
            {
                if (EditDistance.Within(stem, term, MaxEdits) is not { } edits) continue;
                // As Lucene's FuzzyTermsEnum weighs a term: the share of the shorter word the edits leave; none is no match.
                var similarity = 1f - (float)edits / Math.Min(stem.Length, term.Length);
                if (similarity <= 0) continue;
                // Nearer first, then the more common.
                if (best is null || similarity > best.Value.Similarity || (similarity == best.Value.Similarity && freq > best.Value.Freq)) best = (field, term, freq, similarity);
            }
        }
        return best is { } found ? (found.Field, found.Stem) : null;
    }

    /// <summary>
    /// A field's terms that begin with the stem's first letter, with how many documents hold each: a
    /// misspelt word seldom begins wrong (FuzzyQuery's prefix of one). Measured against each in turn,
    /// not through Lucene's FuzzyTermsEnum, whose Levenshtein automata took milliseconds a word to build
    /// (about 5 ms for "исполнительных") — most of a search whose words all matched nothing.
    /// </summary>
    private IEnumerable<(string Term, int Freq)> SharingFirstLetter(string field, string stem)
    {
        if (stem.Length == 0 || MultiFields.GetTerms(reader, field) is not { } terms) yield break;
        var first = new BytesRef(stem[..1]);
        var enumerator = terms.GetEnumerator();
        if (enumerator.SeekCeil(first) == TermsEnum.SeekStatus.END) yield break;
        do
        {
            if (!StringHelper.StartsWith(enumerator.Term, first)) yield break;
            yield return (enumerator.Term.Utf8ToString(), enumerator.DocFreq);
        }
        while (enumerator.MoveNext());
    }

    /// <summary>The stem as documents write it: the shortest word of a few stored texts that the analyzer cuts to it.</summary>
    private string? Surface(string field, string stem)
    {
        const int Looked = 10;
        // The first documents that hold the stem, not the best: scoring a common stem's every document is what made a word that matched nothing the slowest query.
        var written = FirstHolding(field, stem, Looked)
            .SelectMany(doc => searcher.Doc(doc, new HashSet<string>(StringComparer.Ordinal) { field }).StoredValues(field))
            .SelectMany(text => AnalyzedText.Tokens(analyzer, field, text).Where(t => t.Term == stem).Select(t => text[t.Start..t.End]));
        return written.OrderBy(word => word.Length).ThenBy(word => word, StringComparer.Ordinal).FirstOrDefault();
    }

    private IEnumerable<int> FirstHolding(string field, string stem, int count)
    {
        var docs = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), field, new BytesRef(stem));
        for (var found = 0; docs is not null && found < count && docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS; found++) yield return docs.DocID;
    }
}
