namespace DecreeParser.Search.Indexing;

/// <summary>
/// The index's fields. Text fields are analyzed by the document's language: the Kazakh name for a
/// Kazakh text, the name with <see cref="RussianSuffix"/> for a Russian one.
/// </summary>
public static class IndexFields
{
    // Exact fields: one value each, as given.
    public const string Kind = "kind";
    public const string Key = "key";
    public const string Decree = "decree";
    public const string Language = "language";
    public const string Number = "number";
    public const string Parent = "parent";
    public const string Status = "status";
    public const string Date = "date";
    public const string DeadlineKind = "deadlineKind";
    public const string Responsible = "responsible";
    public const string Source = "source";
    public const string Group = "group";
    public const string Programme = "programme";
    public const string Year = "year";
    public const string Json = "json";

    /// <summary>On a decree's document, the adilet id of each act it cites (<see cref="Model.Decrees.Decree.Citations"/>).</summary>
    public const string Cites = "cites";

    /// <summary>On a decree's document, the adilet id of each act its instructions amend (<see cref="Model.Decrees.Decree.Amendments"/>).</summary>
    public const string Amends = "amends";

    /// <summary>Million tenge for one year, summed over sources: "amount.2020".</summary>
    public static string Amount(int year) => $"amount.{year}";

    public const string MeasureKind = "measure";
    public const string DecreeKind = "decree";

    public const string RussianSuffix = ".ru";

    /// <summary>The searchable text fields and how much a match in each counts.</summary>
    public static readonly IReadOnlyList<(string Name, float Boost)> Text =
    [
        (Title, 3f),
        (Parties, 2f),
        (Aliases, 1.5f),
        (Form, 1f),
        (Deadline, 1f),
        (Financing, 1f),
        (Body, 1f),
        (Section, 0.5f),
        (Folded, 0.4f),
    ];

    public const string Title = "title";
    public const string Parties = "parties";
    public const string Aliases = "aliases";
    public const string Form = "form";
    public const string Deadline = "deadline";
    public const string Financing = "financing";
    public const string Body = "body";
    public const string Section = "section";

    /// <summary>
    /// Every text field's words in one field (a Russian text's in "all.ru"), for finding the matches:
    /// a word's one posting list here is walked instead of one a field. A Kazakh text's words are here
    /// as stemmed and as the <see cref="Folded"/> field has them, both folded
    /// (<see cref="Analysis.KazakhForms.Both"/>), so the folded field needs no list walked either. The
    /// fields score the best of the matches (<see cref="Querying.DecreeSearcher"/>).
    /// </summary>
    public const string All = "all";

    /// <summary>
    /// A Kazakh measure's title, bodies and their names, form, financing and groups as a Russian keyboard
    /// types them (<see cref="Analysis.KeyboardFold"/>): "жалакы" finds "жалақы", below its exact spelling.
    /// </summary>
    public const string Folded = "folded";

    /// <summary>The facets a search counts, by the exact field that holds them.</summary>
    public static readonly IReadOnlyList<string> Facets = [Responsible, Year, Source, DeadlineKind, Group, Decree];

    public static string InLanguage(string field, string language) => language == "ru" ? field + RussianSuffix : field;

    public static bool IsRussian(string field) => field.EndsWith(RussianSuffix, StringComparison.Ordinal);
}
