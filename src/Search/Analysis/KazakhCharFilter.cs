using System.Globalization;
using System.Text;
using DecreeParser.Model.Text;
using Lucene.Net.Analysis.CharFilters;

namespace DecreeParser.Search.Analysis;

/// <summary>
/// Normalises characters before tokenising, keeping offsets true to the original text: NFC (a letter
/// typed as base + combining mark is one letter), Latin look-alikes inside Cyrillic words made
/// Cyrillic with the table the repair stage uses ("peттеу" → "реттеу"), "ё" as "е" (texts mix them),
/// and soft hyphens and zero-width characters dropped.
/// </summary>
public sealed class KazakhCharFilter : BaseCharFilter
{
    private readonly string _output;
    private int _position;

    public KazakhCharFilter(TextReader input) : base(input)
    {
        var original = input.ReadToEnd();
        var output = new StringBuilder(original.Length);
        var difference = 0;  // original position minus output position, as recorded so far
        var i = 0;
        while (i < original.Length)
        {
            var end = i + 1;
            if (char.IsLetter(original[i]))
            {
                while (end < original.Length && IsWordChar(original[end])) end++;
                output.Append(Normalize(original[i..end]));
            }
            else if (!IsInvisible(original[i]))
            {
                output.Append(original[i]);
            }
            i = end;
            if (i - output.Length != difference)
            {
                difference = i - output.Length;
                AddOffCorrectMap(output.Length, difference);
            }
        }
        _output = output.ToString();
    }

    public override int Read(char[] buffer, int index, int count)
    {
        if (_position >= _output.Length) return 0;
        var length = Math.Min(count, _output.Length - _position);
        _output.CopyTo(_position, buffer, index, length);
        _position += length;
        return length;
    }

    /// <summary>
    /// The rest of the text at once: the tokenizer reads it whole, and TextReader's own way copies it
    /// through 16 KB of new buffers — for each of the hundred-odd analyses of a query's words a search makes.
    /// </summary>
    public override string ReadToEnd()
    {
        var rest = _position == 0 ? _output : _output[_position..];
        _position = _output.Length;
        return rest;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static string Normalize(string word) =>
        LookalikeLetters.FoldWord(word.Normalize(NormalizationForm.FormC)).Replace('ё', 'е').Replace('Ё', 'Е');

    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
