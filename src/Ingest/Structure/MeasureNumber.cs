using System.Text.RegularExpressions;

namespace DecreeParser.Ingest.Structure;

/// <summary>A measure's number: "5.", "5.1", "1.1." — read without the trailing dot.</summary>
public static partial class MeasureNumber
{
    public static bool TryParse(string text, out string number)
    {
        // Every row's number cell comes through here, a measure's twice: matched without a Match object.
        foreach (var match in Number().EnumerateMatches(text))
        {
            // The number ends with a digit, so a dot that ends the match is the trailing one.
            var length = text[match.Index + match.Length - 1] == '.' ? match.Length - 1 : match.Length;
            number = text.Substring(match.Index, length);
            return true;
        }
        number = "";
        return false;
    }

    /// <summary>"5.1" → "5"; "5" → null.</summary>
    public static string? Parent(string number)
    {
        var dot = number.LastIndexOf('.');
        return dot < 0 ? null : number[..dot];
    }

    /// <summary>
    /// Whether <paramref name="number"/> may follow <paramref name="previous"/>: as its first child, or
    /// as the next sibling of it or of one of its ancestors ("5.2" → "5.2.1", "5.3", "6"). Compared
    /// in place: every row's number is asked this, and making the successors' strings to look it up
    /// among them cost more than the rest of reading the number.
    /// </summary>
    public static bool IsSuccessor(string number, string previous)
    {
        if (number.Length == previous.Length + 2 && number.StartsWith(previous, StringComparison.Ordinal) && number.EndsWith(".1", StringComparison.Ordinal)) return true;
        // A sibling: the same levels before its last part, and that part one more than previous's at that level.
        var last = number.LastIndexOf('.') + 1;
        if (last == number.Length || number[last] == '0' || !previous.AsSpan().StartsWith(number.AsSpan(0, last))) return false;
        var end = previous.IndexOf('.', last);
        var level = previous.AsSpan(last, (end < 0 ? previous.Length : end) - last);
        return int.TryParse(level, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var before)
            && int.TryParse(number.AsSpan(last), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var after)
            && after == before + 1;
    }

    /// <summary>
    /// A number OCR misread, read back by what should come after <paramref name="previous"/>: a dot
    /// lost ("11" for "1.1" after "1"), a dot read as a comma, one stray character ("14,11" for
    /// "14.1" after "14"), a space inside ("4. 1") or specks of grain and ruling beside it
    /// (". 4.4.", "5.2. .|."). Null when the text is a successor already, or when no reading, or
    /// more than one, makes it one.
    /// </summary>
    public static string? Misread(string text, string previous)
    {
        // A row that goes on an item has no number at all, and nearly every number is read right.
        if (!text.AsSpan().ContainsAnyInRange('0', '9')) return null;
        if (TryParse(text, out var number) && IsSuccessor(number, previous)) return null;
        var cleaned = Specks().Replace(text.Replace(',', '.'), "");
        if (!NumberLike().IsMatch(cleaned)) return null;
        var readings = new HashSet<string>(StringComparer.Ordinal) { cleaned };
        foreach (var reading in readings.ToList()) readings.UnionWith(WithDots(reading));
        foreach (var reading in readings.ToList())
        {
            for (var i = 0; i < reading.Length; i++) readings.Add(reading.Remove(i, 1));
        }
        var candidates = readings.Where(reading => IsSuccessor(reading, previous)).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>Every way of putting dots between the digits of a number that has none between them.</summary>
    private static IEnumerable<string> WithDots(string number)
    {
        var digits = number.Replace(".", "", StringComparison.Ordinal);
        for (var mask = 1; mask < 1 << (digits.Length - 1); mask++)
        {
            yield return string.Concat(digits.Select((d, i) => i > 0 && (mask & (1 << (i - 1))) != 0 ? $".{d}" : $"{d}"));
        }
    }

    /// <summary>Spaces anywhere, and whatever is not a digit before the first digit or after the last.</summary>
    [GeneratedRegex(@"\s+|^[^0-9]+|[^0-9]+$")]
    private static partial Regex Specks();

    [GeneratedRegex(@"^[0-9][0-9.]{0,8}$")]
    private static partial Regex NumberLike();

    [GeneratedRegex(@"^[0-9]{1,3}(?:\.[0-9]{1,3})*\.?$")]
    private static partial Regex Number();
}
