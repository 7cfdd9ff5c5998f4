namespace DecreeParser.Model.Text;

/// <summary>
/// Roman numerals as Kazakh texts write them: in Latin letters ("II", "IV") or with the Kazakh
/// letters that look the same ("ІІ", "ІХ"), or a mix of both.
/// </summary>
public static class RomanNumeral
{
    /// <summary>Reads a numeral of I, V, X, L, C in either script; false for anything else.</summary>
    public static bool TryParse(string text, out int value)
    {
        value = 0;
        if (text.Length == 0) return false;
        var previous = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var digit = DigitValue(text[i]);
            if (digit == 0) return false;
            value += digit < previous ? -digit : digit;
            previous = Math.Max(previous, digit);
        }
        return value > 0 && ToLatin(value) == Normalize(text);
    }

    /// <summary>The canonical Latin spelling: 4 → "IV".</summary>
    public static string ToLatin(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ReadOnlySpan<(int Value, string Letters)> table =
            [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = "";
        foreach (var (step, letters) in table)
        {
            while (value >= step)
            {
                result += letters;
                value -= step;
            }
        }
        return result;
    }

    private static string Normalize(string text) => new(text.Select(c => c switch
    {
        'І' => 'I',
        'Х' => 'X',
        'С' => 'C',
        _ => c,
    }).ToArray());

    private static int DigitValue(char c) => c switch
    {
        'I' or 'І' => 1,
        'V' => 5,
        'X' or 'Х' => 10,
        'L' => 50,
        'C' or 'С' => 100,
        _ => 0,
    };
}
