using System.Text;
using System.Text.RegularExpressions;
using DecreeParser.Ingest;
using DecreeParser.Ingest.Pipeline;
using DecreeParser.Ingest.Reading;
using DecreeParser.Ingest.Structure;
using DecreeParser.Ingest.Structure.Plans;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Robustness;

/// <summary>
/// Real decrees with their figures damaged as OCR and hostile files damage them: written in another
/// script's digits (a regular expression's \d matches "٢٠١٩" as it does "2019", and int.Parse then
/// throws), a year of "0000" (no calendar has it), numbers longer than any integer. Each must be read
/// or refused with a reason, never a fault of ours: the byte mutations rarely make a digit of another script.
/// </summary>
public partial class DigitDamageTests
{
    private static readonly string[] Decrees =
    [
        "corpus/seed/000_ed493f9bc562bc01.txt", "corpus/formats/P1800000897.html", "corpus/plans/P1800000897.years-ru.html",
        "corpus/adilet/kk/V1600014606.html", "corpus/adilet/ru/V1600014592.html", "corpus/laws/kk/104086.md", "corpus/laws/ru/28794.md",
    ];

    private static readonly Dictionary<string, Func<string, string>> Damages = new()
    {
        ["Arabic-Indic digits"] = text => InScript(text, '\u0660'),
        ["Devanagari digits"] = text => InScript(text, '\u0966'),
        ["years of 0000"] = text => Year().Replace(text, "0000"),
        ["numbers forty figures long"] = text => Figures().Replace(text, figures => new string('9', 40) + figures.Value),
    };

    public static IEnumerable<object[]> Cases =>
        Decrees.SelectMany(file => Damages.Keys.Select(damage => new object[] { file, damage }));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_figures_are_read_or_refused_never_a_fault(string file, string damage)
    {
        var text = Damages[damage](File.ReadAllText(Repository.File(file)));
        Assert.NotEqual(File.ReadAllText(Repository.File(file)), text);
        try
        {
            DecreePipeline.Structure(DocumentReader.Read(Encoding.UTF8.GetBytes(text), $"{file}~{damage}"));
        }
        catch (DecreeInputException)
        {
            // Refused with a reason: as good as read.
        }
    }

    [Fact]
    public void An_amount_longer_than_any_number_holds_is_no_amount()
    {
        var figures = new string('9', 40);
        Assert.Null(MoneyCell.Number(figures));
        Assert.Null(MoneyCell.Number($"{figures},5"));
        Assert.Null(MoneyCell.Millions(new string('9', 28), 1000m));
        Assert.Equal(10.171m, MoneyCell.Millions("10 171", 0.001m));
        Assert.Empty(AmountParser.Parse($"2019 жыл – {figures} млн. теңге", []));
        Assert.Equal([new Amount(null, 2019, 10171.5m)], AmountParser.Parse("2019 жыл – 10 171,5 млн. теңге", []));
    }

    private static string InScript(string text, char zero) =>
        string.Create(text.Length, (text, zero), (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.text[i];
                span[i] = char.IsAsciiDigit(c) ? (char)(state.zero + (c - '0')) : c;
            }
        });

    [GeneratedRegex(@"\b(?:19|20)[0-9]{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"[0-9]+")]
    private static partial Regex Figures();
}
