using DecreeParser.Model.Decrees;
using Lucene.Net.Documents;

namespace DecreeParser.Search.Indexing;

/// <summary>What every document of one decree carries: its key, language, and its sections' titles.</summary>
public sealed class DecreeContext(Decree decree, string key)
{
    public string Key { get; } = key;

    public string Language { get; } = decree.Language;

    /// <summary>"P1800000897/5.1"; a Russian text's measures under its own key, "P1800000897.ru/5.1"; a second plan's "P1800000897/2/5.1".</summary>
    public string MeasureKey(Measure measure) => DecreeKey.Item(Key, measure.Plan, measure.Number);

    /// <summary>The groups a measure stands in, from the plan's top down.</summary>
    public IReadOnlyList<Section> Groups(int? order) => GroupPaths.Of(decree.Sections, order);

    public void AddTo(Document document)
    {
        FacetField.Add(document, IndexFields.Decree, Key);
        document.Add(new StringField(IndexFields.Language, Language, Field.Store.YES));
    }
}
