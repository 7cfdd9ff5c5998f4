using DecreeParser.Model;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Cli.Export;

/// <summary>
/// One line of measures.jsonl: a measure with what it needs to stand alone — its decree, language,
/// plan and groups — and its typed deadline, responsible bodies with expansions and financing
/// with amounts, as docs/measure-line.schema.json describes.
/// </summary>
public sealed record MeasureLine(
    string Decree,
    string Language,
    string Id,
    string Number,
    string? Parent,
    int Plan,
    GroupRef? Section,
    IReadOnlyList<GroupRef> Groups,
    string Title,
    string? Unit,
    string? CompletionForm,
    Deadline Deadline,
    IReadOnlyList<ResponsibleParty> Responsible,
    Financing Financing,
    string? BudgetProgramme,
    IReadOnlyDictionary<string, string>? Extra,
    SourceLocation Location)
{
    public static MeasureLine Of(Decree decree, string key, Measure measure)
    {
        var groups = GroupRef.Path(decree, measure.Section);
        return new MeasureLine(
            key, decree.Language, measure.Id, measure.Number, measure.Parent, measure.Plan, groups.Count == 0 ? null : groups[^1], groups,
            measure.Title, measure.Unit, measure.CompletionForm, measure.Deadline, measure.Responsible, measure.Financing,
            measure.BudgetProgramme, measure.Extra, measure.Location);
    }
}

/// <summary>A group as a dataset line names it: its numeral (null when it has none), kind and title.</summary>
public sealed record GroupRef(string? Numeral, string Kind, string Title)
{
    /// <summary>The groups from the plan's top down to <paramref name="section"/>.</summary>
    public static IReadOnlyList<GroupRef> Path(Decree decree, int? section) =>
        GroupPaths.Of(decree.Sections, section).Select(s => new GroupRef(s.Numeral, s.Kind, s.Title)).ToList();
}
