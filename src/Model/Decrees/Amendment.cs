namespace DecreeParser.Model.Decrees;

/// <summary>
/// One instruction of an amending act: what it does (<see cref="AmendmentActions"/>) to which unit
/// of which act, with the words it replaces or removes and the wording it puts in.
/// </summary>
public sealed record Amendment
{
    /// <summary>Unique in the act: the eId of the unit that gives the instruction and its place there ("art_1__point_2__mod_3").</summary>
    public required string Id { get; init; }

    /// <summary>The act amended, as the amending act names it.</summary>
    public required AmendedAct Target { get; init; }

    /// <summary>The amended unit as the instruction names it ("в подпункте 5) статьи 3-1", "3-1-баптың 5) тармақшасында"); null for the act as a whole.</summary>
    public string? Unit { get; init; }

    /// <summary>The amended unit's eId in the amended act where the reference gives it ("art_3-1__point_5"; "title" for its title).</summary>
    public string? UnitId { get; init; }

    /// <summary>One of <see cref="AmendmentActions"/>.</summary>
    public required string Action { get; init; }

    /// <summary>The words replaced or removed, or after which or before which words are put in.</summary>
    public IReadOnlyList<string> Old { get; init; } = [];

    /// <summary>The words or the whole new wording put in, quotation marks taken off.</summary>
    public IReadOnlyList<string> New { get; init; } = [];

    /// <summary>The instruction as written.</summary>
    public required string Text { get; init; }

    public required SourceLocation Location { get; init; }
}

/// <summary>The act an amendment changes: what the amending act's reference to it says.</summary>
public sealed record AmendedAct(string Kind, string? Title, string? Date, string? Number, string? Id)
{
    /// <summary>The act as a reference to it names it.</summary>
    public static AmendedAct Of(Citation citation) => new(citation.Kind, citation.Title, citation.Date, citation.Number, citation.Id);
}

/// <summary>What an amendment does.</summary>
public static class AmendmentActions
{
    /// <summary>Words replaced by others: "заменить словами", "деген сөздермен ауыстырылсын".</summary>
    public const string Replace = "replace";

    /// <summary>A unit given a new wording: "изложить в следующей редакции", "мынадай редакцияда жазылсын".</summary>
    public const string Rewrite = "rewrite";

    /// <summary>Words or units added: "дополнить", "толықтырылсын".</summary>
    public const string Insert = "insert";

    /// <summary>Words or units removed: "исключить", "алып тасталсын".</summary>
    public const string Delete = "delete";

    /// <summary>Units numbered anew: "считать соответственно", "обозначить", "болып белгіленсін".</summary>
    public const string Renumber = "renumber";

    /// <summary>Changed, the note not saying how: "өзгерту енгізілді", "с изменениями" (in <see cref="UnitHistory"/> only).</summary>
    public const string Amend = "amend";
}

/// <summary>
/// A change the publisher's notes record an act made to a unit ("Ескерту. 5-бап жаңа редакцияда - ҚР
/// 2004.12.20 N 13 Заңымен"): the unit (null for the act as a whole), what was done, and by which act.
/// </summary>
public sealed record UnitHistory(string? Unit, string Action, AmendedAct By);
