namespace DecreeParser.Model.Decrees;

/// <summary>
/// A roadmap's totals row. <see cref="Expected"/> holds the sums of the measures' amounts, so
/// <see cref="Matches"/> says whether the row adds up. <see cref="Labelled"/> is false when the row's
/// label was lost and it was recognised by its amounts alone. A row that totals one group
/// ("1-бағыт бойынша барлығы") names it in <see cref="Section"/>; null is the whole plan.
/// </summary>
public sealed record TotalsRow(
    string Text,
    bool Labelled,
    IReadOnlyList<Amount> Amounts,
    IReadOnlyList<Amount> Expected,
    bool Matches,
    SourceLocation Location)
{
    public int Plan { get; init; } = 1;

    public int? Section { get; init; }
}
