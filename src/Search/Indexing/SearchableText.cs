using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace DecreeParser.Search.Indexing;

/// <summary>
/// A text as a document holds it: stored and analysed in its own field, which scores a match and
/// gives the snippet, and analysed again into its language's <see cref="IndexFields.All"/> field,
/// which finds the matches — one posting list a word to walk instead of one a field.
/// </summary>
public static class SearchableText
{
    // Matching needs which documents hold a word and how often (the first ranking, before the fields
    // score the best of them); no positions: phrases are matched in the fields themselves.
    private static readonly FieldType AllType = new()
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    };

    static SearchableText() => AllType.Freeze();

    public static void Add(Document document, string field, string language, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        document.Add(new TextField(IndexFields.InLanguage(field, language), text, Field.Store.YES));
        document.Add(new Field(IndexFields.InLanguage(IndexFields.All, language), text, AllType));
    }
}
