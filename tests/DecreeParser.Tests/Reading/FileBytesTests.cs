using System.Security.Cryptography;
using DecreeParser.Ingest.Reading;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Reading;

public class FileBytesTests
{
    [Theory]
    [InlineData("corpus/formats/P1800000897.html")]
    [InlineData("corpus/formats/P1800000897.pdf")]
    [InlineData(Repository.SeedRelativePath)]
    public void A_file_is_read_whole_with_its_hash(string relative)
    {
        var path = Repository.File(relative);
        using var bytes = FileBytes.Read(path, relative);
        var expected = File.ReadAllBytes(path);
        Assert.Equal(expected, bytes.Segment.ToArray());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(expected)), bytes.Sha256);
    }

    [Fact]
    public void A_file_past_the_pooled_size_is_read_whole_too()
    {
        using var temp = new TempDirectory();
        var path = temp.File("large.txt");
        var content = new byte[FileBytes.PooledAtMost + 12_345];
        new Random(7).NextBytes(content);
        File.WriteAllBytes(path, content);
        using var bytes = FileBytes.Read(path, "large.txt");
        Assert.Equal(content, bytes.Segment.ToArray());
    }

    [Fact]
    public void Pooled_buffers_given_back_are_never_read_as_the_next_file()
    {
        // The second file is shorter than the first: a reader that took the pooled buffer's length
        // for the file's would read the first file's tail as part of the second.
        using var temp = new TempDirectory();
        var (longer, shorter) = (temp.File("longer.html"), temp.File("shorter.html"));
        File.WriteAllBytes(longer, File.ReadAllBytes(Repository.File("corpus/formats/P1800000897.html")));
        File.WriteAllText(shorter, "<html><body><p>1. Қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.</p></body></html>");
        using (FileBytes.Read(longer, "longer.html")) { }
        using var bytes = FileBytes.Read(shorter, "shorter.html");
        Assert.Equal(File.ReadAllBytes(shorter), bytes.Segment.ToArray());
        var document = DocumentReader.Read(bytes, "shorter.html");
        Assert.Single(document.Blocks);
    }

    [Fact]
    public async Task A_pipe_is_read_to_its_end_though_its_length_says_empty()
    {
        // `decree convert <(curl …)` and a named pipe: the reader is given no length, only bytes until the writer closes.
        using var temp = new TempDirectory();
        var pipe = temp.File("decree.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe])) await mkfifo.WaitForExitAsync();
        var seed = await File.ReadAllBytesAsync(Repository.SeedPath);
        var writer = Task.Run(() => File.WriteAllBytes(pipe, seed));
        using var bytes = FileBytes.Read(pipe, "decree.txt");
        await writer;
        Assert.Equal(seed, bytes.Segment.ToArray());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(seed)), bytes.Sha256);
    }

    [Fact]
    public void Bytes_given_back_cannot_be_read()
    {
        var bytes = FileBytes.Read(Repository.SeedPath, "seed.txt");
        bytes.Dispose();
        Assert.Throws<ObjectDisposedException>(() => bytes.Segment);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var error = Assert.Throws<DecreeInputException>(() => FileBytes.Read("/nonexistent/decree.html", "decree.html"));
        Assert.Equal("decree.html: file not found", error.Message);
    }
}
