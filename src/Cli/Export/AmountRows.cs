using System.Text.Json.Serialization;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Cli.Export;

/// <summary>A row of amounts.csv and amounts.parquet: an amount a measure plans, by source and year.</summary>
public sealed class AmountRow
{
    [JsonPropertyName("decree")] public required string Decree { get; init; }
    [JsonPropertyName("language")] public required string Language { get; init; }
    [JsonPropertyName("measure")] public required string Measure { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("million_tenge")] public decimal MillionTenge { get; init; }
    [JsonPropertyName("plan")] public int Plan { get; init; }
    [JsonPropertyName("group")] public required string Group { get; init; }
    [JsonPropertyName("budget_programme")] public string? BudgetProgramme { get; init; }
}

public static class AmountRows
{
    public static IEnumerable<AmountRow> Of(Decree decree, string key) =>
        from measure in decree.Measures
        let @group = string.Join(" / ", GroupPaths.Labels(decree.Sections, measure.Section))
        from amount in measure.Financing.Amounts
        select new AmountRow
        {
            Decree = key, Language = decree.Language, Measure = measure.Id, Source = amount.Source, Year = amount.Year,
            MillionTenge = amount.MillionTenge, Plan = measure.Plan, Group = @group, BudgetProgramme = measure.BudgetProgramme,
        };
}
