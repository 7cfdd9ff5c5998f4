using DecreeParser.Model.Decrees;
using DecreeParser.Model.Twins;

namespace DecreeParser.Web.Pages;

/// <summary>A measure's twin as its page shows it: the other language's measure id, and whether the two texts agree.</summary>
public sealed record TwinView(string Id, TwinAgreement Agreement)
{
    public static TwinView Of(string twinId, Measure measure, Decree decree, Measure twin, Decree twinDecree)
    {
        var agreement = decree.Language == DecreeKey.DefaultLanguage
            ? TwinCheck.Compare(decree, new MeasurePair(measure, twin), twinDecree)
            : TwinCheck.Compare(twinDecree, new MeasurePair(twin, measure), decree);
        return new TwinView(twinId, agreement);
    }
}
