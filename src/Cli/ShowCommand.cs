using System.CommandLine;
using DecreeParser.Ingest.Reading;

namespace DecreeParser.Cli;

/// <summary>`decree show &lt;file&gt;`: a readable summary of a decree, from its source or from our JSON.</summary>
public static class ShowCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A decree file, or a JSON file `decree convert` wrote." };
        var command = new Command("show", "Summarize a decree: sections, deadlines, totals, warnings.") { file };
        command.SetAction(parsed => Run(parsed.GetValue(file)!, output, error));
        return command;
    }

    public static int Run(string file, TextWriter output, TextWriter error)
    {
        try
        {
            output.Write(DecreeSummary.Format(Search.DecreeFiles.Load(file).Decree));
            return ExitCodes.Success;
        }
        catch (DecreeInputException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.NothingDone;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"error: {file}: could not be read ({e.GetType().Name}: {e.Message})");
            return ExitCodes.NothingDone;
        }
    }
}
