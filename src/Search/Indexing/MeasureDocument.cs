using System.Globalization;
using DecreeParser.Model.Decrees;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace DecreeParser.Search.Indexing;

/// <summary>
/// One measure as a Lucene document: its texts for search (its groups' titles and its unit among
/// them), its responsible bodies, financing sources, deadline kind, groups, years and decree as exact
/// fields with doc values for filters and facets, its budget programme, its amounts per year as
/// numbers, and the measure itself as JSON for whoever shows it.
/// </summary>
public static class MeasureDocument
{
    public static Document Build(Measure measure, DecreeContext decree, AbbreviationRegistry registry)
    {
        var document = new Document
        {
            new StringField(IndexFields.Kind, IndexFields.MeasureKind, Field.Store.YES),
            new StringField(IndexFields.Number, measure.Number, Field.Store.YES),
            new StoredField(IndexFields.Json, SearchJson.Serialize(measure)),
        };
        KeyField.Add(document, decree.MeasureKey(measure));
        if (measure.Parent is { } parent) document.Add(new StringField(IndexFields.Parent, parent, Field.Store.YES));
        decree.AddTo(document);

        AddText(document, decree, IndexFields.Title, measure.Title);
        AddText(document, decree, IndexFields.Form, measure.CompletionForm);
        AddText(document, decree, IndexFields.Form, measure.Unit);
        AddText(document, decree, IndexFields.Deadline, measure.Deadline.Text);
        AddText(document, decree, IndexFields.Financing, measure.Financing.Text);
        foreach (var group in decree.Groups(measure.Section))
        {
            // A measure counts under every group it stands in, as a hierarchical facet does.
            AddText(document, decree, IndexFields.Section, group.Title);
            FacetField.Add(document, IndexFields.Group, GroupPaths.Label(group));
        }
        if (measure.BudgetProgramme is { } programme) document.Add(new StringField(IndexFields.Programme, programme, Field.Store.YES));
        foreach (var party in measure.Responsible)
        {
            // The code too: the text may be the OCR's misreading of it ("ҰЕҰ" for "ҮЕҰ").
            AddText(document, decree, IndexFields.Parties, party.Text);
            AddText(document, decree, IndexFields.Parties, party.Code);
            AddText(document, decree, IndexFields.Parties, party.Expansion);
            FacetField.Add(document, IndexFields.Responsible, party.Code ?? party.Text);
        }
        var aliases = Aliases(measure, registry);
        foreach (var alias in aliases) AddText(document, decree, IndexFields.Aliases, alias);
        if (decree.Language != "ru")
        {
            // Russian texts are typed on the keyboard they are written for: only Kazakh ones get the folded field.
            var folded = new[] { measure.Title, measure.CompletionForm, measure.Unit, measure.Financing.Text }
                .Concat(measure.Responsible.SelectMany(p => new[] { p.Text, p.Code, p.Expansion }))
                .Concat(aliases)
                .Concat(decree.Groups(measure.Section).Select(g => g.Title));
            document.Add(new TextField(IndexFields.Folded, string.Join(" \n ", folded.Where(t => !string.IsNullOrWhiteSpace(t))), Field.Store.NO));
        }

        foreach (var source in measure.Financing.Sources) FacetField.Add(document, IndexFields.Source, source);
        FacetField.Add(document, IndexFields.DeadlineKind, DeadlineKinds.Name(measure.Deadline.Kind));
        foreach (var year in Years(measure))
        {
            document.Add(new Int32Field(IndexFields.Year, year, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(IndexFields.Year, new BytesRef(year.ToString(CultureInfo.InvariantCulture))));
        }
        foreach (var year in measure.Financing.Amounts.GroupBy(a => a.Year))
        {
            document.Add(new DoubleField(IndexFields.Amount(year.Key), (double)year.Sum(a => a.MillionTenge), Field.Store.YES));
        }
        return document;
    }

    /// <summary>
    /// The codes and expansions the measure names the other way, by every glossary the index knows: the
    /// one part of a measure's document that other decrees change (<see cref="IndexMerger"/>).
    /// </summary>
    public static IReadOnlyList<string> Aliases(Measure measure, AbbreviationRegistry registry) =>
        registry.Aliases(string.Join(" \n ", measure.Title, measure.Financing.Text, string.Join(" \n ", measure.Responsible.Select(p => p.Text))));

    /// <summary>The years a measure concerns: those its deadline spans and those it has money for.</summary>
    public static IEnumerable<int> Years(Measure measure)
    {
        var years = new SortedSet<int>(measure.Financing.Amounts.Select(a => a.Year));
        if (YearOf(measure.Deadline.From) is { } from)
        {
            var to = YearOf(measure.Deadline.To) ?? from;
            for (var year = from; year <= to; year++) years.Add(year);
        }
        return years;
    }

    // Periods are "2019", "2019-Q1" or "2019-H2": the year leads.
    private static int? YearOf(string? period) =>
        period is { Length: >= 4 } && int.TryParse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private static void AddText(Document document, DecreeContext decree, string field, string? text) => SearchableText.Add(document, field, decree.Language, text);
}
