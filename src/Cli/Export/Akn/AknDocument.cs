using System.Globalization;
using System.Xml.Linq;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Cli.Export.Akn;

/// <summary>
/// A decree as an Akoma Ntoso 3.0 act: FRBR identification (work /akn/kz/act/SUBTYPE/DATE/NUMBER, its
/// expression in the text's language), the amendments as <c>activeModifications</c>, the issuer, the
/// bodies the glossary defines and ourselves as references, the title as the preface, the tree as
/// the body (appendices as hcontainers in it, each with its tree and tables).
/// </summary>
public static class AknDocument
{
    // FRBRdate must be a date: an act whose text gives none is dated by this placeholder, named so.
    private const string Undated = "0001-01-01";

    public static XDocument Build(Decree decree, string key)
    {
        var ns = AknNames.Ns;
        var subtype = AknNames.Subtype(decree.Kind);
        var work = AknNames.Work(subtype, decree.Date, decree.Number ?? decree.Id ?? key);
        var expression = $"{work}/{AknNames.Language(decree.Language)}@";
        var date = new XElement(ns + "FRBRdate", new XAttribute("date", decree.Date ?? Undated), new XAttribute("name", decree.Date is null ? "unknown" : "adoption"));
        var author = new XElement(ns + "FRBRauthor", new XAttribute("href", "#issuer"));
        var meta = new XElement(ns + "meta",
            new XElement(ns + "identification", new XAttribute("source", "#decreeparser"),
                new XElement(ns + "FRBRWork", This(ns, $"{work}/!main"), Uri(ns, work), date, author,
                    new XElement(ns + "FRBRcountry", new XAttribute("value", "kz")),
                    decree.Number is { } number ? new XElement(ns + "FRBRnumber", new XAttribute("value", number)) : null),
                new XElement(ns + "FRBRExpression", This(ns, $"{expression}/!main"), Uri(ns, expression), new XElement(date), new XElement(author),
                    new XElement(ns + "FRBRlanguage", new XAttribute("language", AknNames.Language(decree.Language)))),
                new XElement(ns + "FRBRManifestation", This(ns, $"{expression}/!main.xml"), Uri(ns, $"{expression}.akn"), new XElement(date),
                    new XElement(ns + "FRBRauthor", new XAttribute("href", "#decreeparser")))),
            Analysis(decree),
            References(decree));
        var act = new XElement(ns + "act", new XAttribute("name", subtype), meta);
        if (decree.Title is { } title) act.Add(new XElement(ns + "preface", AknText.P(new XElement(ns + "docTitle", title))));
        var body = new AknBody(decree).Units(decree.Structure).ToList();
        act.Add(new XElement(ns + "body", body.Count > 0 ? body : [new XElement(ns + "hcontainer", new XAttribute("eId", "hcontainer_1"), new XAttribute("name", "text"), new XElement(ns + "content", AknText.P()))]));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(ns + "akomaNtoso", act));
    }

    private static XElement This(XNamespace ns, string value) => new(ns + "FRBRthis", new XAttribute("value", value));

    private static XElement Uri(XNamespace ns, string value) => new(ns + "FRBRuri", new XAttribute("value", value));

    /// <summary>Each instruction as a textual modification from its <c>mod</c> to the amended unit of the amended act.</summary>
    private static XElement? Analysis(Decree decree)
    {
        if (decree.Amendments.Count == 0) return null;
        var ns = AknNames.Ns;
        return new XElement(ns + "analysis", new XAttribute("source", "#decreeparser"),
            new XElement(ns + "activeModifications", decree.Amendments.Select((amendment, i) =>
                new XElement(ns + "textualMod", new XAttribute("type", AknNames.TextualMod(amendment.Action)), new XAttribute("eId", $"amod_{(i + 1).ToString(CultureInfo.InvariantCulture)}"),
                    new XElement(ns + "source", new XAttribute("href", $"#{amendment.Id}")),
                    new XElement(ns + "destination", new XAttribute("href", Destination(amendment)))))));
    }

    private static string Destination(Amendment amendment)
    {
        var work = AknNames.Work(amendment.Target.Kind, amendment.Target.Date, amendment.Target.Number);
        return amendment.UnitId is { } unit ? $"{work}/~{unit}" : work;
    }

    private static XElement References(Decree decree)
    {
        var ns = AknNames.Ns;
        XElement Organization(string eId, string showAs) =>
            new(ns + "TLCOrganization", new XAttribute("eId", eId), new XAttribute("href", $"/ontology/organization/kz/{Uri(eId)}"), new XAttribute("showAs", showAs));
        return new XElement(ns + "references", new XAttribute("source", "#decreeparser"),
            Organization("decreeparser", "DecreeParser"),
            Organization("issuer", decree.Issuer ?? "unknown"),
            decree.Glossary.Select(entry => Organization(AknNames.Organization(entry.Abbreviation), entry.Expansion)));
    }

    private static string Uri(string eId) => System.Uri.EscapeDataString(eId);
}
