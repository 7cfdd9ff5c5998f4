using System.CommandLine;
using DecreeParser.Ingest.Reading;

namespace DecreeParser.Cli;

/// <summary>`decree show &lt;file&gt; [--depth N]`: a readable summary of a decree, from its source or from our JSON, with its tree to a depth and its citations.</summary>
public static class ShowCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A decree file, or a JSON file `decree convert` wrote." };
        var depth = new Option<int>("--depth") { Description = "How deep to print the act's tree (1: chapters or points only).", DefaultValueFactory = _ => 2 };
        var command = new Command("show", "Summarize a decree: sections, deadlines, totals, its tree and citations, warnings.") { file, depth };
        command.SetAction(parsed => Run(parsed.GetValue(file)!, output, error, parsed.GetValue(depth)));
        return command;
    }

    public static int Run(string file, TextWriter output, TextWriter error, int depth = 2)
    {
        if (depth < 1)
        {
            error.WriteLine("error: --depth must be 1 or more");
            return ExitCodes.NothingDone;
        }
        try
        {
            var decree = Search.DecreeFiles.Load(file).Decree;
            output.Write(DecreeSummary.Format(decree));
            output.Write(TreeOutline.Format(decree, depth));
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
