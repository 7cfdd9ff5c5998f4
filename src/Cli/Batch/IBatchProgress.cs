namespace DecreeParser.Cli.Batch;

/// <summary>Shows a batch's progress as each input is done (called from many threads).</summary>
public interface IBatchProgress
{
    void Report(BatchOutcome outcome);
}
