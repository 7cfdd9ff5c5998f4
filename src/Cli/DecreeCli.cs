using System.CommandLine;

namespace DecreeParser.Cli;

/// <summary>The `decree` command line: one sub-command per job.</summary>
public static class DecreeCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Digitizes Kazakh government decrees into typed JSON.")
        {
            ConvertCommand.Create(output, error),
            ShowCommand.Create(output, error),
            Export.ExportCommand.Create(output, error),
            Fetching.FetchCommand.Create(output, error),
            Serve.ServeCommand.Create(output, error),
            Bench.BenchCommand.Create(output, error),
            Search.IndexCommand.Create(output, error),
            Search.SearchCommand.Create(output, error),
            Search.EvalCommand.Create(output, error),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
