using DecreeParser.Cli;

namespace DecreeParser.Tests.Support;

/// <summary>Runs the `decree` command line in the test process, as a user would type it, and keeps what it printed.</summary>
public static class Command
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = DecreeCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
