namespace DecreeParser.Model.Decrees;

/// <summary>
/// The kinds of <see cref="ActUnit"/>, from the largest: each with its rank (a unit holds only units
/// of a higher rank) and the prefix of its Akoma Ntoso eId, as Laws.Africa names them (a point
/// "1." is AKN's paragraph, a subpoint "1)" its point; a Kazakh "параграф" its subchapter). A list
/// is the unnumbered run of points an article's second part opens with its own words ("Местные
/// исполнительные органы районов …:" and "1)" again): it takes the rank of the unit that holds it.
/// </summary>
public static class UnitKinds
{
    public const string Appendix = "appendix";
    public const string Part = "part";
    public const string Chapter = "chapter";
    public const string Paragraph = "paragraph";
    public const string Article = "article";
    public const string Point = "point";
    public const string Subpoint = "subpoint";
    public const string Indent = "indent";
    public const string List = "list";
    public const string Table = "table";

    private static readonly Dictionary<string, (int Rank, string Prefix)> Kinds = new(StringComparer.Ordinal)
    {
        [Appendix] = (0, "att"),
        [Part] = (1, "part"),
        [Chapter] = (2, "chp"),
        [Paragraph] = (3, "subchp"),
        [Article] = (4, "art"),
        [Point] = (5, "para"),
        [Subpoint] = (6, "point"),
        [Indent] = (7, "indent"),
        [List] = (5, "list"),
        [Table] = (8, "table"),
    };

    /// <summary>0 for an appendix, which starts a tree of its own, up to 8 for a table.</summary>
    public static int Rank(string kind) => Kinds[kind].Rank;

    public static string EIdPrefix(string kind) => Kinds[kind].Prefix;

    /// <summary>Parts, chapters, paragraphs (§) and articles: units that carry a heading, not running text.</summary>
    public static bool IsDivision(string kind) => Rank(kind) is >= 1 and <= 4;
}
