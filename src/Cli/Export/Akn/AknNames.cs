using System.Xml.Linq;
using DecreeParser.Ingest.Structure.Citations;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Cli.Export.Akn;

/// <summary>
/// Akoma Ntoso's names for our things: its namespace, the element each kind of unit becomes, the
/// document subtype of an act by the kind the act names itself, the FRBR URI of a work, and the
/// textual modification each amending action is.
/// </summary>
public static class AknNames
{
    public static readonly XNamespace Ns = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>The hierarchy element of a unit, and the name of the hcontainer for kinds AKN has no element of its own for.</summary>
    public static (string Element, string? Name) Element(string kind) => kind switch
    {
        UnitKinds.Part => ("part", null),
        UnitKinds.Chapter => ("chapter", null),
        UnitKinds.Paragraph => ("subchapter", null),
        UnitKinds.Article => ("article", null),
        UnitKinds.Point => ("paragraph", null),
        UnitKinds.Subpoint => ("point", null),
        UnitKinds.Indent => ("indent", null),
        _ => ("hcontainer", kind),
    };

    /// <summary>"қаулы" / "постановление" → resolution, as a citation names the kind; "act" for a kind it has no name for.</summary>
    public static string Subtype(string? kind) => kind is null ? "act" : CitationPatterns.KindOf(kind) ?? "act";

    /// <summary>"/akn/kz/act/resolution/2017-10-16/646": the work an act's references name.</summary>
    public static string Work(string subtype, string? date, string? number) =>
        string.Join('/', new[] { "/akn/kz/act", subtype, date ?? "undated", number }.Where(part => part is not null));

    /// <summary>ISO 639-2 as FRBR expressions name languages.</summary>
    public static string Language(string language) => language switch
    {
        "kk" => "kaz",
        "ru" => "rus",
        _ => language,
    };

    public static string TextualMod(string action) => action switch
    {
        AmendmentActions.Replace => "substitution",
        AmendmentActions.Rewrite => "replacement",
        AmendmentActions.Insert => "insertion",
        AmendmentActions.Delete => "repeal",
        _ => "renumbering",
    };

    /// <summary>An eId for a body the glossary names ("Ұлттық бюро" → "org_Ұлттық_бюро").</summary>
    public static string Organization(string code) => $"org_{code.Replace(' ', '_')}";
}
