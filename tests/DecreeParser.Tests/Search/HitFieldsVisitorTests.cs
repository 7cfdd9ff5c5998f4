using DecreeParser.Search.Indexing;
using DecreeParser.Search.Querying;
using DecreeParser.Tests.Support;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DecreeParser.Tests.Search;

/// <summary>
/// A hit's stored fields are read up to a decree's JSON, which is written after them all, and no
/// further; a decree written before the JSON came last (JSON first) still shows its body.
/// </summary>
public class HitFieldsVisitorTests
{
    private static readonly HashSet<string> Shown = [IndexFields.Kind, IndexFields.Key, IndexFields.Language, IndexFields.Title, IndexFields.Body];

    [Fact]
    public void A_decree_s_json_is_stored_after_every_field_a_hit_shows()
    {
        var (decree, key) = SearchCorpus.Decrees[0];
        var stored = DecreeDocument.Build(decree, new DecreeContext(decree, key)).Fields.Where(f => f.IndexableFieldType.IsStored).Select(f => f.Name).ToList();
        Assert.Equal([DecreeDocument.Glossary, DecreeDocument.Whole], stored[^2..]);
        Assert.Contains(IndexFields.Body, stored);
    }

    [Fact]
    public void The_seed_s_decree_is_read_whole_but_for_its_json()
    {
        var (decree, key) = SearchCorpus.Decrees[0];
        var document = Read(DecreeDocument.Build(decree, new DecreeContext(decree, key)));
        Assert.Equal(key, document.Stored(IndexFields.Key));
        Assert.Equal(decree.Title, document.Stored(IndexFields.Title));
        Assert.Equal(DecreeDocument.FullText(decree), document.Stored(IndexFields.Body));
        Assert.Null(document.Stored(DecreeDocument.Whole));
    }

    [Fact]
    public void A_decree_with_its_json_first_still_shows_its_body()
    {
        var (decree, key) = SearchCorpus.Decrees[0];
        var built = DecreeDocument.Build(decree, new DecreeContext(decree, key));
        var jsonFirst = new Document();
        foreach (var field in built.Fields.Where(f => DecreeDocument.IsJson(f.Name))) jsonFirst.Add(field);
        foreach (var field in built.Fields.Where(f => !DecreeDocument.IsJson(f.Name))) jsonFirst.Add(field);
        var document = Read(jsonFirst);
        Assert.Equal(DecreeDocument.FullText(decree), document.Stored(IndexFields.Body));
        Assert.Equal(key, document.Stored(IndexFields.Key));
    }

    private static Document Read(Document written)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, SearchAnalysis.Shipped.Analyzer))) writer.AddDocument(written);
        using var reader = DirectoryReader.Open(directory);
        var visitor = new HitFieldsVisitor(Shown);
        reader.Document(0, visitor);
        return visitor.Document;
    }
}
