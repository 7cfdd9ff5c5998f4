using Microsoft.Playwright;

namespace DecreeParser.Tests.Web;

/// <summary>
/// Debian's chromium, driven by Playwright (which cannot download its own browser here). `.ci/run`
/// installs chromium; without it a browser test fails and says so.
/// </summary>
public static class Chromium
{
    private const string Executable = "/usr/bin/chromium";

    public static async Task<IBrowser> Launch(IPlaywright playwright)
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: apt-get install chromium (the browser tests drive Debian's chromium)");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            // As root in a container, and with no network beyond loopback to reach.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
