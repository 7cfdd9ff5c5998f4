using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DecreeParser.Tests.Web;

/// <summary>Waiting for a followed link's page.</summary>
public static class Navigation
{
    /// <summary>
    /// Polls the page's address until it matches, as Playwright's assertions do, instead of waiting for
    /// a navigation event: on CI the navigation was sometimes over before the wait began, and the wait
    /// for its load (or commit) event then ran out its 30 s with the network idle. The assertions that
    /// follow wait for the elements they read, so nothing is read from the page before it is there.
    /// </summary>
    public static Task WaitForPageAsync(this IPage page, Regex address) =>
        Assertions.Expect(page).ToHaveURLAsync(address, new PageAssertionsToHaveURLOptions { Timeout = 30_000 });
}
