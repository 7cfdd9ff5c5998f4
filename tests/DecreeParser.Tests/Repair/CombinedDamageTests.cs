using DecreeParser.Ingest.Pipeline;
using DecreeParser.Ingest.Repair;
using DecreeParser.Model;
using DecreeParser.Tests.Formats;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Repair;

/// <summary>Damage as it comes in real old texts, several kinds at once, on the seed's own text.</summary>
public class CombinedDamageTests
{
    private const string Spaced = "құқығын б е к і т у ;";

    [Fact]
    public void A_letter_spaced_word_with_a_Latin_look_alike_inside_is_joined_and_made_Cyrillic()
    {
        // Measure 46 spells "б е к і т у ;" with a Kazakh і; an older copy types a Latin i.
        var decree = Seed.Build(Seed.With(Spaced, "құқығын б е к i т у ;"));
        Assert.Contains("құқығын бекіту;", decree.Measures.Single(m => m.Number == "46").Title, StringComparison.Ordinal);
        Assert.Contains(decree.Repairs, r => r.Kind == RepairKinds.LetterSpacing && r.Before == "б е к i т у ;" && r.After == "бекiту;");
        Assert.Contains(decree.Repairs, r => r.Kind == RepairKinds.LookalikeLetters && r.Before == "бекiту;" && r.After == "бекіту;");
    }

    [Fact]
    public void The_two_repairs_give_the_same_text_whichever_runs_first()
    {
        const string damaged = "құқығын б е к i т у ; - бір";
        ITextRepair spacing = new LetterSpacing(), lookalike = new LookalikeLetterRepair();
        string Run(params ITextRepair[] repairs) => repairs.Aggregate(damaged, (text, repair) => repair.Apply(text, new SourceLocation(), new RepairLog()));
        Assert.Equal("құқығын бекіту; - бір", Run(spacing, lookalike));
        Assert.Equal("құқығын бекіту; - бір", Run(lookalike, spacing));
    }

    [Fact]
    public void A_cell_continued_on_the_next_line_after_a_comma_keeps_its_comma()
    {
        // Measure 23's completion form, its list cut after the comma onto a row of its own.
        var line = Seed.Text.Split('\n').Single(l => l.StartsWith("23.\t", StringComparison.Ordinal));
        var cut = line.Replace("\tПрезидент Әкімшілігіне ақпарат, НҚА\t", "\tПрезидент Әкімшілігіне ақпарат,\t", StringComparison.Ordinal) + "\n\t\tНҚА\t\t\t";
        var decree = Seed.Build(Seed.With(line, cut));
        Assert.Equal("Президент Әкімшілігіне ақпарат, НҚА", decree.Measures.Single(m => m.Number == "23").CompletionForm);
    }

    [Theory]
    [InlineData("P1800000897.signature.docx")]
    [InlineData("P1800000897.signature.pdf")]
    public void A_signature_set_as_one_paragraph_with_a_line_break_and_a_tab_gives_the_name(string file)
    {
        // The Word file's signature: "Қазақстан Республикасының" <br/> "Премьер-Министрі" <tab/> "Б. Сағынтаев",
        // the name flush right at a right tab stop; its PDF as LibreOffice prints it.
        var decree = DecreePipeline.Convert(FixtureFiles.PathOf(file), file);
        Assert.Equal(Seed.Decree.Signatory, decree.Signatory);
        Assert.Equal(127, decree.Measures.Count);
    }
}
