using Microsoft.Playwright;

namespace DecreeParser.Tests.Web;

/// <summary>Waiting for a followed link's page.</summary>
public static class Navigation
{
    /// <summary>
    /// Waits until the new page's address is committed, not for its load event: on a busy CI machine
    /// the long decree page once missed the load event inside Playwright's 30 s though the network
    /// was idle. The assertions that follow wait for the elements they read, so nothing is read
    /// from the page before it is there.
    /// </summary>
    public static Task WaitForPageAsync(this IPage page, Func<string, bool> address) =>
        page.WaitForURLAsync(address, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
}
