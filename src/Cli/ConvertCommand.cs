using System.CommandLine;
using DecreeParser.Ingest.Json;
using DecreeParser.Ingest.Pipeline;
using DecreeParser.Ingest.Reading;

namespace DecreeParser.Cli;

/// <summary>
/// `decree convert &lt;files or folders…&gt; --out &lt;dir&gt;`: one JSON per decree, named by its adilet id.
/// A bad input is reported on one line with its reason and writes nothing; the others still convert.
/// </summary>
public static class ConvertCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("inputs") { Arity = ArgumentArity.OneOrMore, Description = "Decree files, or folders of them." };
        var outDir = new Option<string>("--out") { Required = true, Description = "Folder for the JSON files." };
        var command = new Command("convert", "Convert decrees to JSON.") { inputs, outDir };
        command.SetAction(parsed => Run(parsed.GetValue(inputs)!, parsed.GetValue(outDir)!, output, error));
        return command;
    }

    public static int Run(IReadOnlyList<string> inputs, string outDir, TextWriter output, TextWriter error)
    {
        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {outDir}: the output folder cannot be created ({e.Message})");
            return ExitCodes.NothingDone;
        }
        var written = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var failed = 0;
        foreach (var input in InputFiles.Expand(inputs))
        {
            try
            {
                var decree = DecreePipeline.Convert(input, DisplayPath(input));
                var name = OutputName(decree, input);
                if (written.TryGetValue(name, out var earlier))
                {
                    throw new DecreeInputException(input, $"is the same decree ({name}) as {earlier}; not written over it");
                }
                var target = Path.Combine(outDir, $"{name}.json");
                AtomicFile.WriteAllText(target, DecreeJson.Serialize(decree));
                written[name] = input;
                output.WriteLine($"{input} → {target}: {decree.Measures.Count} measures, {decree.Warnings.Count} warnings");
            }
            catch (DecreeInputException e)
            {
                failed++;
                error.WriteLine($"error: {e.Message}");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A fault of ours on one file must not cost the user the rest of the batch.
                failed++;
                error.WriteLine(Unexpected(input, e));
            }
        }
        return failed == 0 ? ExitCodes.Success : written.Count == 0 ? ExitCodes.NothingDone : ExitCodes.SomeFailed;
    }

    /// <summary>The one line for a fault of ours on a file: the file, and what went wrong, for a bug report.</summary>
    public static string Unexpected(string input, Exception e) => $"error: {input}: could not be converted ({e.GetType().Name}: {e.Message})";

    /// <summary>The decree's key, so Kazakh and Russian twins never overwrite each other; the input's name when there is no id.</summary>
    private static string OutputName(Model.Decrees.Decree decree, string input) =>
        Model.Decrees.DecreeKey.Of(decree, Path.GetFileNameWithoutExtension(input));

    /// <summary>The path as the output records it: relative to where the command runs, with forward slashes.</summary>
    private static string DisplayPath(string input)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(input));
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(input) : relative).Replace('\\', '/');
    }
}
