namespace DecreeParser.Model.Decrees;

/// <summary>
/// A decree as structured data. Property names are the JSON contract (camelCase in
/// docs/decree.schema.json) that datasets and later tools read: rename nothing without a new
/// <see cref="SchemaVersion"/>.
/// </summary>
public sealed record Decree
{
    public const string CurrentSchemaVersion = "1.4";

    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>
    /// The version of the code that wrote this file (`decree convert` stamps it): with the source's
    /// SHA-256 it tells a rerun whether the output is still what the code would write. Null when the
    /// decree was built in memory and never written by a batch.
    /// </summary>
    public string? PipelineVersion { get; init; }

    /// <summary>adilet document id, e.g. P1800000897; null when neither the source nor its text gives one.</summary>
    public string? Id { get; init; }

    /// <summary>ISO 639-1: "kk" or "ru".</summary>
    public required string Language { get; init; }

    /// <summary>The act's kind as the text names it, e.g. "қаулы".</summary>
    public string? Kind { get; init; }

    public string? Issuer { get; init; }

    public string? Number { get; init; }

    /// <summary>ISO 8601 date of adoption.</summary>
    public string? Date { get; init; }

    public string? Title { get; init; }

    public required DocumentSource Source { get; init; }

    /// <summary>The act's status as its publisher states it ("Күшін жойған", "Действующий"); null when the source does not say.</summary>
    public string? Status { get; init; }

    public IReadOnlyList<BodyText> Body { get; init; } = [];

    public IReadOnlyList<Note> Notes { get; init; } = [];

    public IReadOnlyList<OperativeParagraph> Paragraphs { get; init; } = [];

    /// <summary>The act's tree of units in reading order: what <see cref="Paragraphs"/> and the plans are, in their places.</summary>
    public IReadOnlyList<ActUnit> Structure { get; init; } = [];

    public Signatory? Signatory { get; init; }

    /// <summary>An amending act's instructions: what it changes in which act, unit by unit.</summary>
    public IReadOnlyList<Amendment> Amendments { get; init; } = [];

    /// <summary>What the publisher's notes say later acts changed in this one, unit by unit.</summary>
    public IReadOnlyList<UnitHistory> History { get; init; } = [];

    /// <summary>The references the act makes to other acts, in its text, notes and tables.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>The tables read as plans of measures or of target indicators, in document order.</summary>
    public IReadOnlyList<Plan> Plans { get; init; } = [];

    public IReadOnlyList<Section> Sections { get; init; } = [];

    public IReadOnlyList<Measure> Measures { get; init; } = [];

    public IReadOnlyList<TotalsRow> Totals { get; init; } = [];

    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    public IReadOnlyList<DecreeTable> Tables { get; init; } = [];

    public IReadOnlyList<GlossaryEntry> Glossary { get; init; } = [];

    public IReadOnlyList<Repair> Repairs { get; init; } = [];

    public IReadOnlyList<Warning> Warnings { get; init; } = [];
}
