using System.CommandLine;
using System.CommandLine.Parsing;

namespace DecreeParser.Cli;

/// <summary>The `decree` command line: one sub-command per job.</summary>
public static class DecreeCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = Root(output, error);
        var parsed = root.Parse(args);
        // A usage error is one line naming what was wrong, not the help page: a script's log shows it
        // and nothing runs. With no words at all, the help page is what a newcomer wants.
        if (args.Length > 0 && UsageProblem(parsed) is { } problem)
        {
            var command = parsed.CommandResult.Command;
            var name = command == root ? "decree" : $"decree {command.Name}";
            error.WriteLine($"error: {problem} (`{name} --help` lists what it takes)");
            return ExitCodes.NothingDone;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>What is wrong with a command line, without running it (null when nothing): for command lines written elsewhere, as in deploy/k8s.</summary>
    public static string? Problem(string[] args) => UsageProblem(Root(TextWriter.Null, TextWriter.Null).Parse(args));

    private static RootCommand Root(TextWriter output, TextWriter error) =>
        new("Digitizes Kazakh government decrees into typed JSON.")
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

    /// <summary>
    /// The first thing wrong with the command line: a parse error (an unknown command or option, a
    /// value that is not of its option's type, a required option missing), or a word that looks like
    /// an option but was taken as a file or id because the command takes many (`convert in --bogus`,
    /// `search q --index idx --bogus`).
    /// After `--` every word is an argument, for a file whose name starts with a dash.
    /// </summary>
    private static string? UsageProblem(ParseResult parsed)
    {
        // The error that names a word the user typed ("Unrecognized … 'frobnicate'") says more than "a command is required".
        if (parsed.Errors.Count > 0) return (parsed.Errors.FirstOrDefault(e => parsed.Tokens.Any(t => e.Message.Contains($"'{t.Value}'", StringComparison.Ordinal))) ?? parsed.Errors[0]).Message;
        // Words the command took as its own arguments (files, ids, a query), or as more values of an option
        // that takes many ("--index a b"), not a single value an option asked for ("--port -1").
        var arguments = parsed.CommandResult.Children.OfType<ArgumentResult>().SelectMany(argument => argument.Tokens)
            .Concat(parsed.CommandResult.Children.OfType<OptionResult>().Where(o => o.Option.AllowMultipleArgumentsPerToken).SelectMany(o => o.Tokens))
            .ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var token in parsed.Tokens)
        {
            if (token.Type == TokenType.DoubleDash) return null;
            if (arguments.Contains(token) && token.Value.Length > 1 && token.Value[0] == '-') return $"unknown option '{token.Value}'";
        }
        return null;
    }
}
