using System.Globalization;

namespace DecreeParser.Tests.Support;

/// <summary>Reads the summary table `decree convert` ends with.</summary>
public static class SummaryRows
{
    /// <summary>The count on a row of the table ("│ skipped   │     3 │").</summary>
    public static int Count(string output, string row)
    {
        var line = output.Split('\n').Single(l => l.StartsWith($"│ {row} ", StringComparison.Ordinal));
        return int.Parse(line.Split('│', StringSplitOptions.RemoveEmptyEntries)[1].Trim(), CultureInfo.InvariantCulture);
    }
}
