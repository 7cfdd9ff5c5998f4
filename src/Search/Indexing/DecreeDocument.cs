using System.Text;
using System.Text.Json;
using DecreeParser.Model.Decrees;
using Lucene.Net.Documents;

namespace DecreeParser.Search.Indexing;

/// <summary>
/// One decree as a Lucene document: its metadata, the full text of its paragraphs, notes and tables,
/// and its glossary, from which the index's <see cref="AbbreviationRegistry"/> is rebuilt.
/// </summary>
public static class DecreeDocument
{
    public const string Glossary = "glossary";

    /// <summary>
    /// The decree as JSON but its measures, for the pages that show it; stored, never searched. The
    /// measures are stored once, in their own documents, and put back by <see cref="StoredDecrees.Find"/>:
    /// stored with them, a decree of a hundred measures held each twice.
    /// </summary>
    public const string Whole = "decree.json";

    /// <summary>Whether a stored field is one of the decree's JSON fields, stored after every other.</summary>
    public static bool IsJson(string field) => field is Glossary or Whole;

    public static Document Build(Decree decree, DecreeContext context)
    {
        var document = new Document { new StringField(IndexFields.Kind, IndexFields.DecreeKind, Field.Store.YES) };
        KeyField.Add(document, context.Key);
        context.AddTo(document);
        Store(document, IndexFields.Number, decree.Number);
        Store(document, IndexFields.Date, decree.Date);
        Store(document, IndexFields.Status, decree.Status);
        foreach (var cited in decree.Citations.Select(c => c.Id).OfType<string>().Distinct(StringComparer.Ordinal)) document.Add(new StringField(IndexFields.Cites, cited, Field.Store.NO));
        foreach (var amended in decree.Amendments.Select(a => a.Target.Id).OfType<string>().Distinct(StringComparer.Ordinal)) document.Add(new StringField(IndexFields.Amends, amended, Field.Store.NO));
        SearchableText.Add(document, IndexFields.Title, decree.Language, decree.Title);
        var text = FullText(decree);
        SearchableText.Add(document, IndexFields.Body, decree.Language, text);
        if (decree.Language != "ru") document.Add(new TextField(IndexFields.Folded, $"{decree.Title}\n{text}", Field.Store.NO));
        // The JSON last, after every field a hit shows: a hit's reading stops where they begin (HitFieldsVisitor),
        // and does not decompress a hundred kilobytes to pass over them.
        document.Add(new StoredField(Glossary, JsonSerializer.Serialize(decree.Glossary, SearchJson.Options)));
        document.Add(new StoredField(Whole, SearchJson.Serialize(decree with { Measures = [] })));
        return document;
    }

    public static IReadOnlyList<GlossaryEntry> GlossaryOf(Document document) =>
        document.Stored(Glossary) is { } json ? JsonSerializer.Deserialize<GlossaryEntry[]>(json, SearchJson.Options) ?? [] : [];

    /// <summary>The decree stored in the document, without its measures.</summary>
    public static Decree? DecreeOf(Document document) => document.Stored(Whole) is { } json ? SearchJson.Decree(json) : null;

    /// <summary>Every text of the decree but its measures (they are documents of their own), paragraph by paragraph.</summary>
    public static string FullText(Decree decree)
    {
        var text = new StringBuilder();
        foreach (var body in decree.Body) text.AppendLine(body.Text);
        foreach (var paragraph in decree.Paragraphs)
        {
            text.AppendLine(paragraph.Text);
            foreach (var item in paragraph.Items) text.AppendLine(item.Text);
        }
        foreach (var note in decree.Notes) text.AppendLine(note.Text);
        foreach (var cell in decree.Tables.Where(t => !HoldsMeasures(t, decree.Measures)).SelectMany(t => t.Rows).SelectMany(r => r.Cells)) text.AppendLine(cell.Text);
        if (decree.Signatory is { } signatory) text.Append(signatory.Position).Append(' ').AppendLine(signatory.Name);
        return text.ToString();
    }

    /// <summary>Whether the measures were read from this table: by its index, or by its lines in a text dump.</summary>
    private static bool HoldsMeasures(DecreeTable table, IReadOnlyList<Measure> measures) => measures.Any(m =>
        m.Location.Table is { } index ? index == table.Location.Table
        : m.Location.Line is { } line && table.Location.Line <= line && line <= table.Location.EndLine);

    private static void Store(Document document, string field, string? value)
    {
        if (value is not null) document.Add(new StringField(field, value, Field.Store.YES));
    }
}
