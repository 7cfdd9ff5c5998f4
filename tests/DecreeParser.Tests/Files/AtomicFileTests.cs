using DecreeParser.Model.Files;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Files;

/// <summary>A file written through <see cref="AtomicFile.Write"/> is whole or absent, and a file of the name is kept unless replacing it was asked.</summary>
public class AtomicFileTests
{
    [Fact]
    public void The_bytes_written_to_the_stream_are_the_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("out.json");
        Assert.True(AtomicFile.Write(path, stream => stream.Write("{}\n"u8), overwrite: false));
        Assert.Equal("{}\n"u8.ToArray(), File.ReadAllBytes(path));
        AssertOnlyOutput(temp);
    }

    [Fact]
    public void A_writer_that_fails_halfway_leaves_the_file_as_it_was_and_no_temporary_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("out.json");
        File.WriteAllText(path, "the run before");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("{\"half"u8);
            throw new InvalidOperationException("the serializer failed");
        }, overwrite: true));
        Assert.Equal("the run before", File.ReadAllText(path));
        AssertOnlyOutput(temp);
    }

    [Fact]
    public void Without_overwrite_a_file_of_the_name_is_kept_and_false_is_returned()
    {
        using var temp = new TempDirectory();
        var path = temp.File("out.json");
        File.WriteAllText(path, "another worker's");
        Assert.False(AtomicFile.Write(path, stream => stream.Write("mine"u8), overwrite: false));
        Assert.Equal("another worker's", File.ReadAllText(path));
        AssertOnlyOutput(temp);
        Assert.True(AtomicFile.Write(path, stream => stream.Write("mine"u8), overwrite: true));
        Assert.Equal("mine", File.ReadAllText(path));
    }

    /// <summary>The folder holds the output alone: no temporary file is left beside it.</summary>
    private static void AssertOnlyOutput(TempDirectory temp) =>
        Assert.Equal(["out.json"], Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories).Select(Path.GetFileName));
}
