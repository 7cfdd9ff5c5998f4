using System.CommandLine;
using DecreeParser.Ingest.Json;
using DecreeParser.Ingest.Pipeline;
using DecreeParser.Ingest.Reading;
using DecreeParser.Model.Decrees;

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
            output.Write(DecreeSummary.Format(Load(file)));
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

    private static Decree Load(string file)
    {
        if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && File.Exists(file))
        {
            try
            {
                return DecreeJson.Deserialize(File.ReadAllText(file)) ?? throw new DecreeInputException(file, "holds no decree");
            }
            catch (System.Text.Json.JsonException e)
            {
                throw new DecreeInputException(file, $"is not a decree JSON ({e.Message})");
            }
        }
        return DecreePipeline.Convert(file, file);
    }
}
