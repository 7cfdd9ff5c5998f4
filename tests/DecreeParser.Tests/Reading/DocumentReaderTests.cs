using System.Text;
using DecreeParser.Ingest.Reading;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Reading;

public class DocumentReaderTests
{
    [Fact]
    public void The_seed_is_read_as_text_with_its_hash()
    {
        var document = DocumentReader.Read(Repository.SeedPath, "seed.txt");
        Assert.Equal("text", document.Source.Format);
        Assert.Equal("seed.txt", document.Source.Path);
        Assert.Matches("^[0-9a-f]{64}$", document.Source.Sha256);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(File.ReadAllBytes(Repository.SeedPath)).ToArray();
        var withBom = DocumentReader.Read(bytes, "bom.txt");
        var plain = DocumentReader.Read(Repository.SeedPath, "plain.txt");
        Assert.Equal(plain.Blocks.Count, withBom.Blocks.Count);
        Assert.Equal(((Model.Blocks.HeadingBlock)plain.Blocks[0]).Text, ((Model.Blocks.HeadingBlock)withBom.Blocks[0]).Text);
    }

    [Theory]
    [InlineData(new byte[0], "file is empty")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01 }, "binary file, not a text document")]
    public void Input_no_reader_takes_is_refused_with_the_file_and_the_reason(byte[] bytes, string reason)
    {
        var error = Assert.Throws<DecreeInputException>(() => DocumentReader.Read(bytes, "input.bin"));
        Assert.Equal($"input.bin: {reason}", error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var error = Assert.Throws<DecreeInputException>(() => DocumentReader.Read("/nonexistent/decree.txt", "decree.txt"));
        Assert.Equal("decree.txt: file not found", error.Message);
    }
}
