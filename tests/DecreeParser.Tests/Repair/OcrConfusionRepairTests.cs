using DecreeParser.Ingest.Repair;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Repair;

/// <summary>The readings OCR made of the seed's scans, mended where the context leaves no doubt.</summary>
public class OcrConfusionRepairTests
{
    [Theory]
    [InlineData("2018 жылғы 27 желтоқсандағы Хо 897 қаулысы", "2018 жылғы 27 желтоқсандағы № 897 қаулысы")]
    [InlineData("2018 жылғы 27 желтоқсандағы Ко 897 қаулысы", "2018 жылғы 27 желтоқсандағы № 897 қаулысы")]   // the turned ladder's title page
    [InlineData("желтоқсандағы No897 қаулысы", "желтоқсандағы №897 қаулысы")]
    public void The_number_sign_read_as_letters_before_a_number_is_the_number_sign(string read, string mended) =>
        Repairs.AssertMended(new OcrConfusionRepair(), read, mended, RepairKinds.OcrNumberSign);

    [Theory]
    [InlineData("Ко бірінші")]        // no number after it
    [InlineData("Хо-хо 5")]
    [InlineData("токсан сайын")]      // no year's numeral before it
    public void The_same_letters_elsewhere_are_left_alone(string text) =>
        Repairs.AssertLeftAlone(new OcrConfusionRepair(), text);

    [Theory]
    [InlineData("2019 жылғы П тоқсан", "2019 жылғы ІІ тоқсан")]
    [InlineData("2019 жылғы Ш тоқсан", "2019 жылғы ІІІ тоқсан")]
    [InlineData("2019 жылғы ІШ тоқсан", "2019 жылғы ІІІ тоқсан")]   // the seed's scan, levelled by OpenCV
    [InlineData("2019 жылғы П токсан", "2019 жылғы ІІ тоқсан")]     // the office scan: the hook of "қ" lost too
    [InlineData("2019 жылғы | токсан", "2019 жылғы І тоқсан")]
    [InlineData("2019 жылғы ІІІІ тоқсан", "2019 жылғы ІІІ тоқсан")]   // a stroke read twice, every letter of it a numeral's
    [InlineData("2019 жылғы ІV токсан", "2019 жылғы ІV тоқсан")]     // the numeral right, the word not
    public void A_quarters_numeral_read_as_a_letter_is_the_numeral(string read, string mended) =>
        Assert.Equal(mended, Repairs.Run(new OcrConfusionRepair(), read).Text);

    [Theory]
    [InlineData("2019 жылғы ІІ тоқсан")]
    [InlineData("2019 жылғы І-ІІ тоқсан")]
    [InlineData("2020 жылғы IV тоқсан")]
    [InlineData("II квартал 2019 года")]
    public void A_quarter_read_right_is_left_alone(string text) =>
        Repairs.AssertLeftAlone(new OcrConfusionRepair(), text);
}
