using System.Runtime.ExceptionServices;

namespace DecreeParser.Cli.Batch;

/// <summary>
/// Gives each input of a batch a time budget. The conversion runs on a thread of its own; if it
/// is not done in time it is abandoned — cancelled, so that the OCR or LibreOffice process it waits
/// on is killed and no further page is started, and its worker goes on to the next input — and it
/// is reported with stage `timeout`. An abandoned conversion never writes its output, even if it
/// finishes later: the output goes in only if the conversion claims the right to write it before the
/// budget runs out. A reader that stalls for good (a file that is a pipe nobody writes to, a parser
/// caught in a loop) costs its thread, never the batch.
/// </summary>
public sealed class FileBudget(TimeSpan? limit)
{
    // Deep recursion in a parser (a pathological file) should hit a reader limit, not the stack.
    private const int StackBytes = 64 * 1024 * 1024;

    private const int Running = 0, Writing = 1, Abandoned = 2;

    /// <param name="display">The input as the user named it, for the failure.</param>
    /// <param name="convert">Converts the input; calls its second argument just before writing, and writes only if that returns true.</param>
    public BatchOutcome Run(string display, Func<CancellationToken, Func<bool>, BatchOutcome> convert)
    {
        var state = Running;
        var cancel = new CancellationTokenSource();
        BatchOutcome? outcome = null;
        ExceptionDispatchInfo? fault = null;
        using var done = new ManualResetEventSlim();
        var worker = new Thread(() =>
        {
            try
            {
                outcome = convert(cancel.Token, () => Interlocked.CompareExchange(ref state, Writing, Running) == Running);
            }
            catch (Exception e)
            {
                fault = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                done.Set();
            }
        }, StackBytes) { IsBackground = true, Name = $"convert {display}" };
        worker.Start();
        if (limit is { } budget && !done.Wait(budget))
        {
            if (Interlocked.CompareExchange(ref state, Abandoned, Running) == Running)
            {
                // The thread keeps its token source: it may still be looking at it.
                cancel.Cancel();
                return new Failed(display, "timeout", $"not converted within {budget.TotalSeconds:0} s (--file-timeout); abandoned");
            }
            // It is writing its output already: a write is short, let it finish.
        }
        done.Wait();
        cancel.Dispose();
        fault?.Throw();
        return outcome!;
    }
}
