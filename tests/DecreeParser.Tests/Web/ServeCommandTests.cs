using System.Diagnostics;
using DecreeParser.Cli;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Web;

public class ServeCommandTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task The_server_prints_its_address_answers_and_stops_cleanly_on_a_stop_signal()
    {
        using var server = Process.Start(DecreeProcess.StartInfo(["serve", "--index", web.IndexFolder, "--port", "0"]))!;
        try
        {
            string? line;
            do line = await server.StandardOutput.ReadLineAsync();
            while (line is not null && !line.StartsWith("serving ", StringComparison.Ordinal));
            Assert.Matches(@"^serving .* at http://127\.0\.0\.1:\d+ \(Ctrl\+C to stop\)$", line);
            var address = new Uri(line!.Split(" at ")[1].Split(' ')[0]);
            using (var client = new HttpClient())
            {
                Assert.Contains("Қаулылар бойынша іздеу", await client.GetStringAsync(address), StringComparison.Ordinal);
            }

            // SIGTERM takes the same way out as Ctrl+C's SIGINT (which a test host may run with ignored).
            using (var kill = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await server.WaitForExitAsync(deadline.Token);
            Assert.Equal(0, server.ExitCode);
            Assert.Contains("stopped", await server.StandardOutput.ReadToEndAsync(), StringComparison.Ordinal);
        }
        finally
        {
            if (!server.HasExited) server.Kill(entireProcessTree: true);
        }
    }

    [Theory]
    [InlineData("70000")]
    [InlineData("-1")]
    public void A_port_that_is_no_port_is_refused(string port)
    {
        var (exit, _, error) = Command.Run("serve", "--index", "idx", "--port", port);
        Assert.Equal(ExitCodes.NothingDone, exit);
        Assert.Contains($"--port {port}: not a port", error, StringComparison.Ordinal);
    }
}
