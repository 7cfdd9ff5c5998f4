using DecreeParser.Ingest.Json;
using DecreeParser.Ingest.Pipeline;
using DecreeParser.Ingest.Reading;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Reading;

/// <summary>The fixtures come from corpus/encodings/make.py, which encodes with Python's own codecs.</summary>
public class TextDecoderTests
{
    private static string Fixture(string name) => Path.Combine(Repository.Root, "corpus", "encodings", name);

    [Theory]
    [InlineData("seed.kz1048.txt", "kz-1048")]
    [InlineData("seed.utf8-bom.txt", "utf-8")]
    [InlineData("seed.utf16le-bom.txt", "utf-16le")]
    [InlineData("seed.utf16be.txt", "utf-16be")]
    [InlineData("seed.crlf.txt", "utf-8")]
    public void The_seed_in_every_encoding_decodes_as_such(string file, string encoding)
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(Fixture(file)));
        Assert.NotNull(decoded);
        Assert.Equal(encoding, decoded.Encoding);
        Assert.Contains("ЖАҚСARTY", decoded.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("seed.kz1048.txt")]
    [InlineData("seed.utf8-bom.txt")]
    [InlineData("seed.utf16le-bom.txt")]
    [InlineData("seed.utf16be.txt")]
    [InlineData("seed.crlf.txt")]
    public void The_seed_in_every_encoding_gives_the_golden_decree(string file)
    {
        var decree = DecreePipeline.Convert(Fixture(file), file);
        Assert.Equal(DecreeJson.Serialize(Seed.Decree), DecreeJson.Serialize(decree with { Source = Seed.Decree.Source }));
    }

    [Fact]
    public void A_Russian_text_in_Windows_1251_is_not_taken_for_Kazakh()
    {
        var decoded = TextDecoder.Decode(File.ReadAllBytes(Fixture("V1600014592.windows-1251.txt")))!;
        Assert.Equal("windows-1251", decoded.Encoding);
        Assert.StartsWith("## Об установлении лимитов долга местных исполнительных органов", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Russian_order_in_Windows_1251_is_read_whole()
    {
        var decree = DecreePipeline.Convert(Fixture("V1600014592.windows-1251.txt"), "V1600014592.txt");
        Assert.Equal(("V1600014592", "ru", "приказ", "525", "2016-12-23"), (decree.Id, decree.Language, decree.Kind, decree.Number, decree.Date));
        Assert.Equal("Министр национальной экономики Республики Казахстан", decree.Issuer);
        Assert.Equal(["1", "2", "3", "4"], decree.Paragraphs.Select(p => p.Number));
        Assert.Equal(4, decree.Paragraphs[1].Items.Count);
        Assert.Equal(new Model.Decrees.Signatory("Министр национальной экономики Республики Казахстан", "К. Бишимбаев"), decree.Signatory);
    }

    [Fact]
    public void Bytes_with_zeros_that_are_not_UTF_16_are_binary()
    {
        Assert.Null(TextDecoder.Decode([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]));
    }
}
