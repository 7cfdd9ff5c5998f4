using DecreeParser.Model;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Cli.Export;

/// <summary>
/// One line of measures.jsonl: a measure with what it needs to stand alone — its decree, language
/// and section title — and its typed deadline, responsible bodies with expansions and financing
/// with amounts, as docs/measure-line.schema.json describes.
/// </summary>
public sealed record MeasureLine(
    string Decree,
    string Language,
    string Id,
    string Number,
    string? Parent,
    MeasureLine.SectionRef? Section,
    string Title,
    string? CompletionForm,
    Deadline Deadline,
    IReadOnlyList<ResponsibleParty> Responsible,
    Financing Financing,
    SourceLocation Location)
{
    public static MeasureLine Of(Decree decree, string key, Measure measure)
    {
        var section = decree.Sections.FirstOrDefault(s => s.Order == measure.Section);
        return new MeasureLine(
            key, decree.Language, measure.Id, measure.Number, measure.Parent,
            section is null ? null : new SectionRef(section.Numeral, section.Title),
            measure.Title, measure.CompletionForm, measure.Deadline, measure.Responsible, measure.Financing, measure.Location);
    }

    public sealed record SectionRef(string? Numeral, string Title);
}
