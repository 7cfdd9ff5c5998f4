using System.Globalization;
using System.Text.Json.Serialization;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Cli.Export.Parquet;

/// <summary>A row of decrees.parquet: a decree's metadata and how much of it was read.</summary>
public sealed class DecreeRow
{
    [JsonPropertyName("decree")] public required string Decree { get; init; }
    [JsonPropertyName("language")] public required string Language { get; init; }
    [JsonPropertyName("kind")] public string? Kind { get; init; }
    [JsonPropertyName("issuer")] public string? Issuer { get; init; }
    [JsonPropertyName("number")] public string? Number { get; init; }
    [JsonPropertyName("date")] public DateOnly? Date { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("source_format")] public required string SourceFormat { get; init; }
    [JsonPropertyName("source_sha256")] public required string SourceSha256 { get; init; }
    [JsonPropertyName("measures")] public int Measures { get; init; }
    [JsonPropertyName("indicators")] public int Indicators { get; init; }
    [JsonPropertyName("warnings")] public List<string> Warnings { get; init; } = [];

    public static DecreeRow Of(Decree decree, string key) => new()
    {
        Decree = key, Language = decree.Language, Kind = decree.Kind, Issuer = decree.Issuer, Number = decree.Number,
        Date = DateOnly.TryParseExact(decree.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
        Title = decree.Title, Status = decree.Status, SourceFormat = decree.Source.Format, SourceSha256 = decree.Source.Sha256,
        Measures = decree.Measures.Count, Indicators = decree.Indicators.Count, Warnings = [.. decree.Warnings.Select(w => w.Code)],
    };
}

/// <summary>A row of measures.parquet: measures.jsonl's line with its objects flattened to typed columns and lists.</summary>
public sealed class MeasureRow
{
    [JsonPropertyName("decree")] public required string Decree { get; init; }
    [JsonPropertyName("language")] public required string Language { get; init; }
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("number")] public required string Number { get; init; }
    [JsonPropertyName("parent")] public string? Parent { get; init; }
    [JsonPropertyName("plan")] public int Plan { get; init; }
    [JsonPropertyName("groups")] public List<string> Groups { get; init; } = [];
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("unit")] public string? Unit { get; init; }
    [JsonPropertyName("completion_form")] public string? CompletionForm { get; init; }
    [JsonPropertyName("deadline")] public required string Deadline { get; init; }
    [JsonPropertyName("deadline_kind")] public required string DeadlineKind { get; init; }
    [JsonPropertyName("deadline_from")] public string? DeadlineFrom { get; init; }
    [JsonPropertyName("deadline_to")] public string? DeadlineTo { get; init; }
    [JsonPropertyName("responsible")] public List<string> Responsible { get; init; } = [];
    [JsonPropertyName("responsible_names")] public List<string> ResponsibleNames { get; init; } = [];
    [JsonPropertyName("sources")] public List<string> Sources { get; init; } = [];
    [JsonPropertyName("million_tenge")] public decimal? MillionTenge { get; init; }
    [JsonPropertyName("budget_programme")] public string? BudgetProgramme { get; init; }

    public static MeasureRow Of(Decree decree, string key, Measure measure) => new()
    {
        Decree = key, Language = decree.Language, Id = measure.Id, Number = measure.Number, Parent = measure.Parent, Plan = measure.Plan,
        Groups = [.. GroupPaths.Labels(decree.Sections, measure.Section)],
        Title = measure.Title, Unit = measure.Unit, CompletionForm = measure.CompletionForm,
        Deadline = measure.Deadline.Text, DeadlineKind = DeadlineKinds.Name(measure.Deadline.Kind), DeadlineFrom = measure.Deadline.From, DeadlineTo = measure.Deadline.To,
        Responsible = [.. measure.Responsible.Select(p => p.Code ?? p.Text)],
        ResponsibleNames = [.. measure.Responsible.Select(p => p.Expansion ?? p.Text)],
        Sources = [.. measure.Financing.Sources],
        MillionTenge = measure.Financing.Amounts.Count == 0 ? null : measure.Financing.Amounts.Sum(a => a.MillionTenge),
        BudgetProgramme = measure.BudgetProgramme,
    };
}

/// <summary>A row of glossary.parquet: an abbreviation a decree's glossary defines.</summary>
public sealed class GlossaryRow
{
    [JsonPropertyName("decree")] public required string Decree { get; init; }
    [JsonPropertyName("language")] public required string Language { get; init; }
    [JsonPropertyName("abbreviation")] public required string Abbreviation { get; init; }
    [JsonPropertyName("expansion")] public required string Expansion { get; init; }
}

/// <summary>A row of indicators.parquet: a target indicator and its value for each year.</summary>
public sealed class IndicatorRow
{
    [JsonPropertyName("decree")] public required string Decree { get; init; }
    [JsonPropertyName("language")] public required string Language { get; init; }
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("plan")] public int Plan { get; init; }
    [JsonPropertyName("number")] public required string Number { get; init; }
    [JsonPropertyName("groups")] public List<string> Groups { get; init; } = [];
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("unit")] public string? Unit { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("responsible")] public List<string> Responsible { get; init; } = [];
    [JsonPropertyName("values")] public List<IndicatorYear> Values { get; init; } = [];

    public static IndicatorRow Of(Decree decree, string key, Indicator indicator) => new()
    {
        Decree = key, Language = decree.Language, Id = indicator.Id, Plan = indicator.Plan, Number = indicator.Number,
        Groups = [.. GroupPaths.Labels(decree.Sections, indicator.Section)],
        Name = indicator.Name, Unit = indicator.Unit, Source = indicator.Source,
        Responsible = [.. indicator.Responsible.Select(p => p.Code ?? p.Text)],
        Values = [.. indicator.Values.Select(v => new IndicatorYear { Year = v.Year, Value = v.Value, Text = v.Text })],
    };
}

/// <summary>An indicator's value for a year: the number where the cell holds one, and the cell as written.</summary>
public sealed class IndicatorYear
{
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("value")] public decimal? Value { get; init; }
    [JsonPropertyName("text")] public required string Text { get; init; }
}
