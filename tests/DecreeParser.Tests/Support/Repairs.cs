using DecreeParser.Ingest.Repair;
using DecreeParser.Model;

namespace DecreeParser.Tests.Support;

/// <summary>Runs one text repair on a string and hands back the result with what it logged, or checks them.</summary>
public static class Repairs
{
    public static (string Text, IReadOnlyList<Model.Decrees.Repair> Log) Run(ITextRepair repair, string text)
    {
        var log = new RepairLog();
        var result = repair.Apply(text, new SourceLocation { Line = 1 }, log);
        return (result, log.Entries);
    }

    /// <summary>The repair makes <paramref name="read"/> <paramref name="mended"/>, and logs that as one repair of <paramref name="kind"/>.</summary>
    public static void AssertMended(ITextRepair repair, string read, string mended, string kind)
    {
        var (text, log) = Run(repair, read);
        Assert.Equal(mended, text);
        Assert.Equal(kind, Assert.Single(log).Kind);
    }

    /// <summary>The repair leaves the text as it is, and logs nothing.</summary>
    public static void AssertLeftAlone(ITextRepair repair, string text)
    {
        var (result, log) = Run(repair, text);
        Assert.Equal(text, result);
        Assert.Empty(log);
    }
}
