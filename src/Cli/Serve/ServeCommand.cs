using System.CommandLine;
using System.Globalization;
using DecreeParser.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DecreeParser.Cli.Serve;

/// <summary>
/// `decree serve --index &lt;dir&gt;… [--port N] [--host H]`: the search pages and the JSON API on
/// localhost (by default), until Ctrl+C, over one index or several served as one. Prints the address
/// it listens on. It only reads the index: any number of replicas may serve one folder.
/// </summary>
public static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var index = new Option<string[]>("--index")
        {
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            Description = "The index folder `decree index` built; several (the shards of a sharded run) are served as one.",
        };
        var port = new Option<int>("--port") { DefaultValueFactory = _ => 5080, Description = "The port (0: any free one)." };
        var host = new Option<string>("--host") { DefaultValueFactory = _ => "127.0.0.1", Description = "The address to listen on; 127.0.0.1 keeps it to this machine." };
        var command = new Command("serve", "Serve the search pages and the JSON API over an index.") { index, port, host };
        command.SetAction(parsed => Run(parsed.GetValue(index)!, parsed.GetValue(host)!, parsed.GetValue(port), output, error));
        return command;
    }

    public static int Run(IReadOnlyList<string> index, string host, int port, TextWriter output, TextWriter error)
    {
        if (port is < 0 or > 65535)
        {
            error.WriteLine($"error: --port {port}: not a port");
            return ExitCodes.NothingDone;
        }
        var url = string.Create(CultureInfo.InvariantCulture, $"http://{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{port}");
        using var app = DecreeWebApp.Create([.. index.SelectMany((folder, i) => new[] { $"--index:{i}", folder }), "--urls", url]);
        if (app.Services.GetRequiredService<IndexHolder>().Problem is { } problem)
        {
            // The pages say so too (503), but whoever started the server should know at once.
            error.WriteLine($"warning: {problem}; every page will answer 503 until it is fixed and the server restarted");
        }
        try
        {
            app.Start();
        }
        catch (IOException e)
        {
            error.WriteLine($"error: {url}: cannot listen there ({e.Message})");
            return ExitCodes.NothingDone;
        }
        output.WriteLine($"serving {string.Join(" + ", index)} at {string.Join(", ", DecreeWebApp.Addresses(app))} (Ctrl+C to stop)");
        output.Flush();
        app.WaitForShutdown();
        output.WriteLine("stopped");
        return ExitCodes.Success;
    }
}
