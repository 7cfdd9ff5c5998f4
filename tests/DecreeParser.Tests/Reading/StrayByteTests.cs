using System.Text;
using DecreeParser.Ingest.Reading;
using DecreeParser.Ingest.Repair;
using DecreeParser.Ingest.Structure;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Formats;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Reading;

/// <summary>
/// Decrees that went through a few copies: stray bytes in a UTF-8 file leave it UTF-8. The bytes
/// read as U+FFFD, each is logged with its offset, one warning counts them, and the decree reads
/// whole; a file in a code page is still read as one; a declared charset wins over guessing.
/// </summary>
public class StrayByteTests
{
    // Bytes that can never stand in UTF-8 on their own: stray continuation bytes, a lead byte with
    // nothing after it, bytes UTF-8 never uses.
    private static readonly byte[] StrayBytes = [0x80, 0xBF, 0xC3, 0xD2, 0xFE, 0xFF];

    /// <summary>The file with <paramref name="count"/> stray bytes put in at places a seeded random picks.</summary>
    private static byte[] WithStrays(byte[] bytes, int seed, int count)
    {
        var random = new Random(seed);
        var damaged = bytes.ToList();
        for (var i = 0; i < count; i++) damaged.Insert(random.Next(damaged.Count), StrayBytes[random.Next(StrayBytes.Length)]);
        return [.. damaged];
    }

    public static IEnumerable<object[]> Seeds => Enumerable.Range(1, 30).Select(seed => new object[] { seed });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_text_dump_with_three_stray_bytes_reads_whole_with_a_warning(int seed)
    {
        var bytes = WithStrays(File.ReadAllBytes(Repository.SeedPath), seed, 3);
        var decree = DecreeBuilder.Build(DocumentReader.Read(bytes, "stray.txt"));
        AssertWhole(decree);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void An_adilet_page_with_three_stray_bytes_reads_whole_with_a_warning(int seed)
    {
        var bytes = WithStrays(File.ReadAllBytes(FixtureFiles.PathOf("P1800000897.html")), seed, 3);
        var decree = DecreeBuilder.Build(DocumentReader.Read(bytes, "stray.html"));
        AssertWhole(decree);
    }

    /// <summary>
    /// Every measure, by the seed's numbers; three bytes can change at most the three measures they
    /// fell in (a stray continuation byte can pair with a letter's lead byte into another letter).
    /// </summary>
    private static void AssertWhole(Decree decree)
    {
        Assert.Equal(Seed.Decree.Measures.Select(m => m.Number), decree.Measures.Select(m => m.Number));
        static string Fields(Measure m) => string.Join("|", m.Title, m.CompletionForm, m.Deadline.Text, string.Join(",", m.Responsible.Select(r => r.Text)), m.Financing.Text);
        var changed = Seed.Decree.Measures.Zip(decree.Measures).Count(pair => Fields(pair.First) != Fields(pair.Second));
        Assert.InRange(changed, 0, 3);
        var warning = Assert.Single(decree.Warnings, w => w.Code == WarningCodes.InvalidBytes);
        Assert.StartsWith("3 byte sequence(s) were not valid", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, decree.Repairs.Count(r => r.Kind == RepairKinds.InvalidByte));
        Assert.All(decree.Repairs.Where(r => r.Kind == RepairKinds.InvalidByte), r => Assert.NotNull(r.Location.Offset));
        Assert.DoesNotContain(decree.Measures, m => m.Title.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Fact]
    public void A_stray_byte_is_logged_where_it_stood_and_a_byte_inside_a_letter_keeps_the_letter()
    {
        // Enough Kazakh before it that two bad sequences are a few in many.
        var line = Encoding.UTF8.GetBytes("Полиция және ҚАЖ қызметкерлерінің лауазымдық жалақысын көтеру\n");
        var text = Encoding.UTF8.GetBytes("5.1.\tҚАЖ");
        // 0xFF between "5." and "1."; 0x80 inside "Қ" (D2 9A), after its lead byte.
        byte[] damaged = [.. line, .. text[..2], 0xFF, .. text[2..6], 0x80, .. text[6..]];
        var decoded = TextDecoder.Decode(damaged)!;
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.EndsWith("5.\uFFFD1.\tҚ\uFFFDАЖ", decoded.Text, StringComparison.Ordinal);
        Assert.Equal([new InvalidBytes(line.Length + 2, "FF"), new InvalidBytes(line.Length + 7, "80")], decoded.Invalid);
        // The repair stage drops the U+FFFD and says where it stood: the number reads as 5.1 again.
        var log = new RepairLog();
        Assert.Equal("5.1.", new StrayReplacementCharacter().Apply("5.\uFFFD1.", new Model.SourceLocation(), log));
        Assert.Equal(("5.\uFFFD1.", "5.1."), (log.Entries[0].Before, log.Entries[0].After));
    }

    [Fact]
    public void The_boundary_both_ways_one_invalid_sequence_in_twenty_is_still_utf8_and_more_is_not()
    {
        // Nineteen Cyrillic letters and one stray byte: UTF-8, the byte read as U+FFFD.
        byte[] atTheLimit = [.. Encoding.UTF8.GetBytes(new string('ж', 19)), 0xFF];
        Assert.Equal("utf-8", TextDecoder.Decode(atTheLimit)!.Encoding);
        // Eighteen and two: past one in twenty, not UTF-8 as a whole.
        byte[] overTheLimit = [.. Encoding.UTF8.GetBytes(new string('ж', 18)), 0xFF, 0xFF];
        Assert.NotEqual("utf-8", TextDecoder.Decode(overTheLimit)!.Encoding);
    }

    [Fact]
    public void A_code_page_text_with_a_valid_utf8_sequence_by_chance_stays_in_its_code_page()
    {
        var russian = File.ReadAllBytes(Path.Combine(Repository.Root, "corpus", "encodings", "V1600014592.windows-1251.txt"));
        byte[] withSequence = [.. Encoding.UTF8.GetBytes("қ"), .. russian];
        var decoded = TextDecoder.Decode(withSequence)!;
        Assert.Equal("windows-1251", decoded.Encoding);
        Assert.Contains("Об установлении лимитов долга", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_charset_wins_over_guessing()
    {
        // A Russian page in Windows-1251 that says so reads as such, not as KZ-1048 or mojibake.
        var page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>Об установлении лимитов</p></body></html>";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var decoded = TextDecoder.Decode(Encoding.GetEncoding(1251).GetBytes(page))!;
        Assert.Equal(("windows-1251", true), (decoded.Encoding, decoded.Text.Contains("Об установлении лимитов", StringComparison.Ordinal)));

        // A page that declares UTF-8 stays UTF-8 however many bytes are bad.
        byte[] declaredUtf8 = [.. Encoding.UTF8.GetBytes("<meta charset=\"utf-8\"><p>ж"), 0xFF, 0xFF, 0xFF, .. Encoding.UTF8.GetBytes("</p>")];
        var utf8 = TextDecoder.Decode(declaredUtf8)!;
        Assert.Equal(("utf-8", 3), (utf8.Encoding, utf8.Invalid.Count));

        // An XML declaration is a declaration too.
        var xml = Encoding.GetEncoding(1251).GetBytes("<?xml version=\"1.0\" encoding=\"windows-1251\"?><p>Қазақ</p>".Replace("Қ", "К", StringComparison.Ordinal));
        Assert.Equal("windows-1251", TextDecoder.Decode(xml)!.Encoding);
    }
}
