using DecreeParser.Ingest.Repair;
using DecreeParser.Model;

namespace DecreeParser.Tests.Support;

/// <summary>Runs one text repair on a string and hands back the result with what it logged.</summary>
public static class Repairs
{
    public static (string Text, IReadOnlyList<Model.Decrees.Repair> Log) Run(ITextRepair repair, string text)
    {
        var log = new RepairLog();
        var result = repair.Apply(text, new SourceLocation { Line = 1 }, log);
        return (result, log.Entries);
    }
}
