using DecreeParser.Model;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Cli.Export;

/// <summary>
/// One line of indicators.jsonl: a target indicator with its decree, language, plan and groups, and
/// its value for each year, as docs/indicator-line.schema.json describes.
/// </summary>
public sealed record IndicatorLine(
    string Decree,
    string Language,
    string Id,
    int Plan,
    string Number,
    IReadOnlyList<GroupRef> Groups,
    string Name,
    string? Unit,
    string? Source,
    IReadOnlyList<ResponsibleParty> Responsible,
    IReadOnlyList<IndicatorValue> Values,
    SourceLocation Location)
{
    public static IndicatorLine Of(Decree decree, string key, Indicator indicator) => new(
        key, decree.Language, indicator.Id, indicator.Plan, indicator.Number, GroupRef.Path(decree, indicator.Section),
        indicator.Name, indicator.Unit, indicator.Source, indicator.Responsible, indicator.Values, indicator.Location);
}
