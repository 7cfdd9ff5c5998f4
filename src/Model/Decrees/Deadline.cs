using System.Text.Json.Serialization;

namespace DecreeParser.Model.Decrees;

/// <summary>
/// A deadline as written and as a period. <see cref="From"/> and <see cref="To"/> are "2019-Q1" or "2019".
/// </summary>
public sealed record Deadline(string Text, DeadlineKind Kind, string? From, string? To, Recurrence? Recurrence);

[JsonConverter(typeof(JsonStringEnumConverter<DeadlineKind>))]
public enum DeadlineKind
{
    [JsonStringEnumMemberName("quarter")] Quarter,
    [JsonStringEnumMemberName("quarterRange")] QuarterRange,
    [JsonStringEnumMemberName("year")] Year,
    [JsonStringEnumMemberName("yearRange")] YearRange,
    [JsonStringEnumMemberName("startingFrom")] StartingFrom,
    [JsonStringEnumMemberName("recurring")] Recurring,
    [JsonStringEnumMemberName("continuous")] Continuous,
    [JsonStringEnumMemberName("unknown")] Unknown,
}

[JsonConverter(typeof(JsonStringEnumConverter<Recurrence>))]
public enum Recurrence
{
    [JsonStringEnumMemberName("annual")] Annual,
    [JsonStringEnumMemberName("semiannual")] Semiannual,
    [JsonStringEnumMemberName("quarterly")] Quarterly,
    [JsonStringEnumMemberName("monthly")] Monthly,
}
