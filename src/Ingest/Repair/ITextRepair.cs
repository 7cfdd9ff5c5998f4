using DecreeParser.Model;

namespace DecreeParser.Ingest.Repair;

/// <summary>One kind of damage mended in a run of text; every change goes into the log.</summary>
public interface ITextRepair
{
    string Apply(string text, SourceLocation location, RepairLog log);
}
