using System.Globalization;
using Lucene.Net.Documents;

namespace DecreeParser.Search.Indexing;

/// <summary>Reading stored values back: they are stored as given, so no culture applies.</summary>
public static class StoredFields
{
    public static string? Stored(this Document document, string field) => document.Get(field, CultureInfo.InvariantCulture);

    public static string[] StoredValues(this Document document, string field) => document.GetValues(field, CultureInfo.InvariantCulture);
}
