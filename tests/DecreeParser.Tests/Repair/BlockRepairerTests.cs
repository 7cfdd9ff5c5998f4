using DecreeParser.Ingest.Repair;
using DecreeParser.Model;
using DecreeParser.Model.Blocks;

namespace DecreeParser.Tests.Repair;

/// <summary>The repairs over a decree's blocks, where its cells repeat.</summary>
public class BlockRepairerTests
{
    [Fact]
    public void A_damaged_text_met_again_is_mended_and_logged_again_at_its_own_place()
    {
        Block[] blocks =
        [
            new ParagraphBlock("ЖАҚСARTY", new SourceLocation { Line = 1 }),
            new ParagraphBlock("талап етілмейді", new SourceLocation { Line = 2 }),
            new ParagraphBlock("ЖАҚСARTY", new SourceLocation { Line = 3 }),
            new ParagraphBlock("талап етілмейді", new SourceLocation { Line = 4 }),
        ];
        var log = new RepairLog();
        var repaired = new BlockRepairer().Repair(blocks, log);

        Assert.Equal(["ЖАҚСАРТУ", "талап етілмейді", "ЖАҚСАРТУ", "талап етілмейді"], repaired.Select(block => ((ParagraphBlock)block).Text));
        Assert.Equal([1, 3], log.Entries.Where(entry => entry.Kind == RepairKinds.LookalikeLetters).Select(entry => entry.Location.Line));
    }
}
