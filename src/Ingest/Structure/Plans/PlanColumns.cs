using System.Text.RegularExpressions;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>
/// Which column of a plan holds what, read from its header (see <see cref="TableHeader"/> and
/// <see cref="ColumnStems"/>). A table is a plan of measures when it names a title, a deadline and a
/// responsible column; a targets table when it names indicators (by its header or the caption over
/// it) and has year columns but no deadline. Only the first column of a role is read as that role;
/// any other column, and every column of no known role, is kept as <see cref="Extras"/>.
/// </summary>
public sealed partial class PlanColumns
{
    private readonly Dictionary<ColumnRole, int> _first = [];

    private PlanColumns(TableHeader header, string kind)
    {
        Header = header;
        Kind = kind;
    }

    public TableHeader Header { get; }

    /// <summary><see cref="PlanKinds.Measures"/> or <see cref="PlanKinds.Indicators"/>.</summary>
    public string Kind { get; }

    public int Number => _first.GetValueOrDefault(ColumnRole.Number);

    public int Title => _first[ColumnRole.Title];

    public int? this[ColumnRole role] => _first.TryGetValue(role, out var column) ? column : null;

    /// <summary>The source column and the one-cell amounts columns, in that order: read together as one financing text.</summary>
    public IReadOnlyList<int> Financing { get; private set; } = [];

    /// <summary>The columns of one year each: money in a plan, values in a targets table.</summary>
    public IReadOnlyList<YearColumn> Years { get; private set; } = [];

    public IReadOnlyList<(int Column, string Header)> Extras { get; private set; } = [];

    /// <summary>The columns as <see cref="Plan.Columns"/> reports them.</summary>
    public IReadOnlyList<PlanColumn> Described { get; private set; } = [];

    public int Width => Header.Columns.Count;

    /// <summary>Every column that holds money: financing and year columns.</summary>
    public IEnumerable<int> MoneyColumns => Financing.Concat(Years.Select(year => year.Column));

    /// <summary>The columns of a plan or targets table whose header stands at the top of <paramref name="rows"/>; null when it is neither.</summary>
    public static PlanColumns? Read(IReadOnlyList<TableRow> rows, string? caption)
    {
        if (TableHeader.Read(rows) is not { } header) return null;
        var roles = Enumerable.Range(0, header.Columns.Count).Select(column => Classify(header, column)).ToList();
        var named = roles.Select(r => r.Role).ToHashSet();
        string? kind = named.Contains(ColumnRole.Title) && named.Contains(ColumnRole.Deadline) && named.Contains(ColumnRole.Responsible) ? PlanKinds.Measures
            : named.Contains(ColumnRole.Title) && !named.Contains(ColumnRole.Deadline) && roles.Any(r => r.Year is not null) && NamesIndicators(header, caption) ? PlanKinds.Indicators
            : null;
        if (kind is null) return null;
        var columns = new PlanColumns(header, kind);
        columns.Assign(roles);
        return columns;
    }

    /// <summary>Whether another table's header is this one's: the same texts over the same columns.</summary>
    public bool SameAs(PlanColumns other) =>
        Width == other.Width && Enumerable.Range(0, Width).All(c => string.Equals(Header.Text(c), other.Header.Text(c), StringComparison.OrdinalIgnoreCase));

    /// <summary>The row's financing as one text: the source column, then the amounts.</summary>
    public string FinancingText(TableRow row) =>
        // One source column, the usual layout, is its cell as it is: nothing to join, for every row.
        Financing.Count == 1 ? row.CellText(Financing[0]) : string.Join(' ', Financing.Select(row.CellText).Where(text => text.Length > 0));

    private void Assign(List<(ColumnRole Role, int? Year)> roles)
    {
        var years = new List<YearColumn>();
        var financing = new List<int>();
        var extras = new List<(int, string)>();
        for (var column = 0; column < roles.Count; column++)
        {
            var (role, year) = roles[column];
            // A plan's years are money, a targets table's are values; years under another header in a plan are kept as they are.
            if (year is { } y && (Kind == PlanKinds.Indicators || role == ColumnRole.YearAmount))
            {
                roles[column] = (Kind == PlanKinds.Indicators ? ColumnRole.YearValue : ColumnRole.YearAmount, y);
                years.Add(new YearColumn(column, y, ColumnStems.MillionsPerUnit(Header.Text(column))));
                continue;
            }
            if (role is not ColumnRole.Extra && year is null && _first.TryAdd(role, column))
            {
                if (role is ColumnRole.FinancingSource or ColumnRole.FinancingAmount) financing.Add(column);
                continue;
            }
            roles[column] = (ColumnRole.Extra, null);
            if (Header.Text(column).Length > 0) extras.Add((column, Header.Text(column)));
        }
        // The source first, then the amounts, as a reader of one financing cell expects them.
        Financing = financing.OrderBy(c => roles[c].Role == ColumnRole.FinancingAmount).ToList();
        Years = years;
        Extras = extras;
        Described = roles.Select((r, column) => new PlanColumn(Header.Text(column), ColumnRoles.Name(r.Role), r.Year)).Where(c => c.Header.Length > 0).ToList();
    }

    private static (ColumnRole Role, int? Year) Classify(TableHeader header, int column)
    {
        var text = header.Text(column);
        if (ColumnStems.Year(header.Leaf(column)) is { } year)
        {
            var groups = header.Columns[column].Take(header.Columns[column].Count - 1);
            var money = groups.Any(ColumnStems.IsMoney) || !groups.Any();
            return (money ? ColumnRole.YearAmount : ColumnRole.YearValue, year);
        }
        return (ColumnStems.Role(text) ?? ColumnRole.Extra, null);
    }

    private static bool NamesIndicators(TableHeader header, string? caption) =>
        IndicatorWords().IsMatch(caption ?? "") || Enumerable.Range(0, header.Columns.Count).Any(c => IndicatorWords().IsMatch(header.Text(c)));

    [GeneratedRegex(@"индикатор|көрсеткіш|показател", RegexOptions.IgnoreCase)]
    private static partial Regex IndicatorWords();
}

/// <summary>A column of one year; <see cref="MillionsPerUnit"/> turns its numbers into million tenge.</summary>
public sealed record YearColumn(int Column, int Year, decimal MillionsPerUnit);
