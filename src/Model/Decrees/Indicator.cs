namespace DecreeParser.Model.Decrees;

/// <summary>
/// A row of a targets table ("Нысаналы индикаторлар", "Целевые индикаторы"): what is measured, in
/// what unit, from which source, by whom, and the value planned for each year.
/// </summary>
public sealed record Indicator
{
    /// <summary>Decree id, plan and number, by the rule of <see cref="Plan"/>: "P1800000897/2/1".</summary>
    public required string Id { get; init; }

    public required int Plan { get; init; }

    public required string Number { get; init; }

    public required string Name { get; init; }

    public string? Unit { get; init; }

    /// <summary>Where the values come from ("Ақпарат көзі", "Источник информации").</summary>
    public string? Source { get; init; }

    public IReadOnlyList<ResponsibleParty> Responsible { get; init; } = [];

    public IReadOnlyList<IndicatorValue> Values { get; init; } = [];

    /// <summary>The <see cref="Section.Order"/> of the innermost group the indicator stands in.</summary>
    public int? Section { get; init; }

    public required SourceLocation Location { get; init; }
}

/// <summary>An indicator's value for a year: the number when the cell holds one (a decimal comma read), and the cell as written.</summary>
public sealed record IndicatorValue(int Year, decimal? Value, string Text);
