using DecreeParser.Ingest.Repair;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Repair;

/// <summary>A roadmap's set phrases, read by OCR a letter or two wrong, mended whole; the seed's texts that only look like them, left alone.</summary>
public class OcrPhraseRepairTests
{
    [Theory]
    [InlineData("талал етілмейді", "талап етілмейді")]
    [InlineData("жарты жылда бр рет", "жарты жылда бір рет")]   // a letter lost
    [InlineData("не трсбуется", "не требуется")]
    public void A_set_phrase_with_a_letter_or_two_misread_is_the_phrase(string read, string mended) =>
        Repairs.AssertMended(new OcrPhraseRepair(), read, mended, RepairKinds.OcrPhrase);

    [Theory]
    [InlineData("Президент Әкімшілігіне ақпарат,")]   // the seed's cell whose list goes on in the next row: the comma stays
    [InlineData("ЖБ көзделген қаражат шегінде")]       // a source before the phrase
    [InlineData("талап-етілмейді")]                    // a hyphen where the phrase has a space: punctuation is not a letter to mend
    [InlineData("талап етілмейді")]
    public void A_text_that_differs_from_a_phrase_in_more_than_letters_is_left_alone(string text) =>
        Repairs.AssertLeftAlone(new OcrPhraseRepair(), text);
}
