using System.Globalization;
using System.Text.RegularExpressions;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// One format's line of `decree bench`: conversions and bare parses a second, and the ratio of their
/// times. Written and read back here alone, so that <see cref="Launches"/> reads exactly what a
/// launch of the bench wrote.
/// </summary>
public sealed partial record RateRow(string Format, double Convert, double Bare)
{
    public static string Header { get; } = string.Create(CultureInfo.InvariantCulture, $"{"format",-6} {"convert docs/s",15} {"bare parse docs/s",18} {"convert/parse time",19}");

    /// <summary>How many times longer a conversion takes than the bare parse of the same file.</summary>
    public double Ratio => Bare / Convert;

    public override string ToString() => Line(Format, Convert, Bare, Ratio);

    /// <summary>A line in the bench's columns, with a ratio of its own (a median of launches' ratios is not the ratio of the median rates).</summary>
    public static string Line(string format, double convert, double bare, double ratio) =>
        string.Create(CultureInfo.InvariantCulture, $"{format,-6} {convert,15:F1} {bare,18:F1} {ratio,18:F1}x");

    /// <summary>A line the bench wrote, read back; false for its other lines (the machine, the warm-up, the header).</summary>
    public static bool TryParse(string line, out RateRow row)
    {
        var match = Written().Match(line);
        row = match.Success
            ? new RateRow(match.Groups["format"].Value, Number(match.Groups["convert"].Value), Number(match.Groups["bare"].Value))
            : new RateRow("", 0, 0);
        return match.Success;
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<format>[a-z]+) +(?<convert>[0-9.]+) +(?<bare>[0-9.]+) +[0-9.]+x$")]
    private static partial Regex Written();
}
