using DecreeParser.Cli;
using DecreeParser.Fetch;
using DecreeParser.Ingest.Json;
using DecreeParser.Tests.Support;
using static DecreeParser.Tests.Support.LoopbackSite;

namespace DecreeParser.Tests.Fetching;

/// <summary>
/// `decree fetch` against two loopback sites that play the new and the old adilet, serving the real
/// adilet pages (corpus/adilet, copied unchanged from ../shared/corpus/adilet) and the seed's files.
/// </summary>
public sealed class FetchTests : IDisposable
{
    private static readonly byte[] KazakhPage = File.ReadAllBytes(Repository.File("corpus/adilet/kk/V1600014606.html"));
    private static readonly byte[] RussianPage = File.ReadAllBytes(Repository.File("corpus/adilet/ru/V1600014606.html"));
    private static readonly byte[] OtherRussianPage = File.ReadAllBytes(Repository.File("corpus/adilet/ru/V1600014592.html"));

    private readonly LoopbackSite site = new();
    private readonly TempDirectory temp = new();

    public void Dispose()
    {
        site.Dispose();
        temp.Dispose();
    }

    private FetchOptions Options => new()
    {
        Sites = [site.New, site.Old],
        CacheFolder = temp.File("cache"),
        Delay = TimeSpan.Zero,
        Backoff = TimeSpan.FromMilliseconds(20),
        // Long enough for a loaded machine; the slow-answer test sets its own.
        Timeout = TimeSpan.FromSeconds(10),
    };

    private (int Exit, string Output, string Error) Fetch(params string[] args) =>
        Command.Run(["fetch", .. args, "--site", site.New.ToString(), "--site", site.Old.ToString(), "--cache", temp.File("cache"), "--delay", "0", "--timeout", "10"]);

    /// <summary>When each request left the client (the server's own log is late for the first, while it warms up).</summary>
    private readonly List<DateTimeOffset> sent = [];

    private FetchResult FetchDirect(FetchRequest request, FetchOptions? options = null)
    {
        using var client = new HttpClient(new SendTimes(sent)) { Timeout = Timeout.InfiniteTimeSpan };
        return new AdiletFetcher(client, options ?? Options).FetchAsync(request).GetAwaiter().GetResult();
    }

    [Fact]
    public void The_new_sites_javascript_shell_sends_it_to_the_old_site_and_both_languages_convert()
    {
        site.On("new", "/kaz/docs/V1600014606", Reply.Page(AppShell));
        site.On("new", "/rus/docs/V1600014606", Reply.Page(AppShell));
        site.On("old", "/kaz/docs/V1600014606", Reply.Page(KazakhPage));
        site.On("old", "/rus/docs/V1600014606", Reply.Page(RussianPage));

        var (exit, output, error) = Fetch("V1600014606", "--lang", "both", "--out", temp.File("out"), "--convert");

        Assert.Equal((ExitCodes.Success, ""), (exit, error));
        Assert.Equal(KazakhPage, File.ReadAllBytes(temp.File("out/kk/V1600014606.html")));
        Assert.Equal(RussianPage, File.ReadAllBytes(temp.File("out/ru/V1600014606.html")));
        Assert.Contains("its JavaScript shell, not the text", output, StringComparison.Ordinal);
        Assert.Equal("V1600014606", DecreeJson.Deserialize(File.ReadAllText(temp.File("out/json/V1600014606.json")))!.Id);
        Assert.Equal("ru", DecreeJson.Deserialize(File.ReadAllText(temp.File("out/json/V1600014606.ru.json")))!.Language);
    }

    [Fact]
    public void A_pdf_and_a_docx_come_from_their_download_addresses_and_convert_to_the_seed()
    {
        var pdf = File.ReadAllBytes(Repository.File("corpus/formats/P1800000897.pdf"));
        var docx = File.ReadAllBytes(Repository.File("corpus/formats/P1800000897.docx"));
        // The new site answers a file's address with its shell too.
        site.On("new", "/kaz/docs/P1800000897/download", Reply.Page(AppShell));
        site.On("old", "/kaz/docs/P1800000897/download", Reply.File(pdf, "application/pdf"));
        site.On("old", "/kaz/docs/P1800000897/download/docx", Reply.File(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

        var (pdfExit, pdfOutput, _) = Fetch("P1800000897", "--format", "pdf", "--out", temp.File("pdf"), "--convert");
        var (docxExit, _, _) = Fetch("P1800000897", "--format", "docx", "--out", temp.File("docx"), "--convert");

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (pdfExit, docxExit));
        Assert.Contains("its JavaScript shell, not the file", pdfOutput, StringComparison.Ordinal);
        Assert.Equal(pdf, File.ReadAllBytes(temp.File("pdf/kk/P1800000897.pdf")));
        Assert.Equal(127, DecreeJson.Deserialize(File.ReadAllText(temp.File("pdf/json/P1800000897.json")))!.Measures.Count);
        Assert.Equal(127, DecreeJson.Deserialize(File.ReadAllText(temp.File("docx/json/P1800000897.json")))!.Measures.Count);
    }

    [Fact]
    public void A_429_waits_as_Retry_After_says_and_a_500_is_retried_with_back_off()
    {
        site.On("new", "/rus/docs/V1600014592", Reply.Error(429, retryAfterSeconds: 1), Reply.Error(500), Reply.Page(OtherRussianPage));

        var result = FetchDirect(new FetchRequest("V1600014592", "ru", "html"));

        Assert.Equal(OtherRussianPage, File.ReadAllBytes(result.CachePath));
        var requests = site.RequestsTo("new");
        Assert.Equal(3, requests.Count);
        Assert.Empty(site.RequestsTo("old"));
        // A timer may fire a millisecond early by the wall clock.
        Assert.True(sent[1] - sent[0] >= TimeSpan.FromSeconds(0.98), $"retried after {(sent[1] - sent[0]).TotalSeconds} s");
        Assert.Equal(2, result.Detours.Count);
        Assert.Contains("429", result.Detours[0], StringComparison.Ordinal);
        Assert.Contains("500", result.Detours[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_slow_answer_and_a_cut_body_are_tried_again_and_only_a_whole_body_is_kept()
    {
        site.On("new", "/kaz/docs/V1600014606", Reply.Page(KazakhPage) with { Delay = TimeSpan.FromSeconds(30) }, Reply.Page(KazakhPage) with { CutAfter = KazakhPage.Length / 2 }, Reply.Page(KazakhPage));

        var result = FetchDirect(new FetchRequest("V1600014606", "kk", "html"), Options with { Timeout = TimeSpan.FromSeconds(1) });

        Assert.Equal(KazakhPage, File.ReadAllBytes(result.CachePath));
        Assert.Equal(3, site.RequestsTo("new").Count);
        Assert.Contains("no whole answer in 1 s", result.Detours[0], StringComparison.Ordinal);
        Assert.Equal(2, result.Detours.Count);
    }

    [Fact]
    public void A_site_that_keeps_failing_is_given_up_for_the_next_after_the_retries()
    {
        site.On("new", "/kaz/docs/V1600014606", Reply.Error(502));
        site.On("old", "/kaz/docs/V1600014606", Reply.Page(KazakhPage));

        var result = FetchDirect(new FetchRequest("V1600014606", "kk", "html"), Options with { Retries = 2 });

        Assert.Equal(3, site.RequestsTo("new").Count);
        Assert.Contains(result.Detours, d => d.Contains("gave up after 3 attempts", StringComparison.Ordinal));
        Assert.Equal(site.Old.Port, result.Source!.Port);
    }

    [Fact]
    public void The_cache_answers_a_second_fetch_without_a_request_and_refresh_asks_again()
    {
        site.On("new", "/kaz/docs/V1600014606", Reply.Page(KazakhPage));
        Fetch("V1600014606", "--out", temp.File("out"));
        var (exit, output, _) = Fetch("V1600014606", "--out", temp.File("again"));
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("from the cache", output, StringComparison.Ordinal);
        Assert.Single(site.Requests);
        Assert.Equal(KazakhPage, File.ReadAllBytes(temp.File("again/kk/V1600014606.html")));
        Assert.True(File.Exists(temp.File("cache/kk/V1600014606.html")));

        Fetch("V1600014606", "--out", temp.File("again"), "--refresh");
        Assert.Equal(2, site.Requests.Count);
    }

    [Fact]
    public void Ids_are_checked_before_any_request()
    {
        var list = temp.File("ids.txt");
        File.WriteAllLines(list, ["# the week's orders", "V1600014606", "", "X1600014606  # a typo", "https://adilet.zan.kz/rus/docs/v1600014592"]);
        site.On("new", "/kaz/docs/V1600014606", Reply.Page(KazakhPage));
        site.On("new", "/kaz/docs/V1600014592", Reply.Page(OtherRussianPage));

        var (none, _, noneError) = Fetch("P18", "Z01000026", "--out", temp.File("none"));
        Assert.Equal(ExitCodes.NothingDone, none);
        Assert.Empty(site.Requests);
        Assert.Contains("error: P18: \"P18\" is not an adilet id", noneError, StringComparison.Ordinal);
        Assert.Contains("error: Z01000026: \"Z01000026\" is not an adilet id", noneError, StringComparison.Ordinal);

        var (some, output, error) = Fetch(list, "--out", temp.File("some"));
        Assert.Equal(ExitCodes.SomeFailed, some);
        Assert.Contains($"{list}:4: \"X1600014606\" is not an adilet id: ids start with P, V, Z, K, U or G", error, StringComparison.Ordinal);
        Assert.Equal(2, site.Requests.Count);
        Assert.Contains("V1600014592 kk html", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_no_site_has_is_one_error_line_naming_what_each_said()
    {
        var (exit, _, error) = Fetch("P1800000001", "--out", temp.File("out"));
        Assert.Equal(ExitCodes.NothingDone, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: P1800000001 kk html: ", line, StringComparison.Ordinal);
        Assert.Equal(2, line.Split("404: no such document here").Length - 1);
        Assert.False(File.Exists(temp.File("out/kk/P1800000001.html")));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_one_error_line()
    {
        site.On("new", "/kaz/docs/V1600014606", Reply.Page(KazakhPage));
        File.WriteAllText(temp.File("taken"), "the user's file");
        var (exit, _, error) = Fetch("V1600014606", "--out", temp.File("taken"));
        Assert.Equal(ExitCodes.NothingDone, exit);
        Assert.StartsWith("error: V1600014606 kk html: cannot be saved", error, StringComparison.Ordinal);
        Assert.Equal("the user's file", File.ReadAllText(temp.File("taken")));
    }

    [Fact]
    public void Requests_are_spaced_by_the_delay()
    {
        site.On("new", "/rus/docs/V1600014592", Reply.Error(500), Reply.Error(500), Reply.Page(OtherRussianPage));
        FetchDirect(new FetchRequest("V1600014592", "ru", "html"), Options with { Delay = TimeSpan.FromMilliseconds(300), Backoff = TimeSpan.Zero });
        Assert.Equal(3, sent.Count);
        // The delay is kept where the limiter lets a request go; the handler that times them here is a moment later, by a moment that varies.
        Assert.All(sent.Zip(sent.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(290), $"{(pair.Second - pair.First).TotalMilliseconds} ms apart"));
    }

    private sealed class SendTimes(List<DateTimeOffset> times) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (times) times.Add(DateTimeOffset.UtcNow);
            return base.SendAsync(request, cancellationToken);
        }
    }

    [Theory]
    [InlineData("P1800000897", "P1800000897")]
    [InlineData("p1800000897", "P1800000897")]
    [InlineData(" V1600014606 ", "V1600014606")]
    [InlineData("K940001000_", "K940001000_")]
    [InlineData("Z010000264_", "Z010000264_")]
    [InlineData("G26IS000381", "G26IS000381")]
    [InlineData("U2000000001", "U2000000001")]
    [InlineData("https://adilet.zan.kz/kaz/docs/P1800000897#z5", "P1800000897")]
    [InlineData("https://old.adilet.zan.kz/rus/docs/V1600014606/download", "V1600014606")]
    public void Adilet_ids_are_read_in_every_form(string text, string id) => Assert.Equal((id, null), AdiletId.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("A1800000897")]
    [InlineData("P18000008970")]
    [InlineData("P180000089")]
    [InlineData("PXX00000897")]
    [InlineData("P18000-0897")]
    [InlineData("https://example.com/kaz/docs/P1800000897")]
    [InlineData("V16000146O6")]
    [InlineData("P18000_0897")]
    public void What_is_not_an_id_is_refused_with_a_reason(string text) => Assert.NotNull(AdiletId.Parse(text).Problem);

    [Fact]
    public void A_body_is_checked_for_what_was_asked_and_for_being_whole()
    {
        var pdf = File.ReadAllBytes(Repository.File("corpus/formats/P1800000897.pdf"));
        Assert.Equal(ResponseCheck.Verdict.Good, ResponseCheck.Of("pdf", pdf).Verdict);
        Assert.Equal(ResponseCheck.Verdict.Truncated, ResponseCheck.Of("pdf", pdf[..(pdf.Length / 2)]).Verdict);
        Assert.Equal(ResponseCheck.Verdict.WrongContent, ResponseCheck.Of("pdf", AppShell).Verdict);
        Assert.Equal(ResponseCheck.Verdict.Good, ResponseCheck.Of("html", KazakhPage).Verdict);
        Assert.Equal(ResponseCheck.Verdict.Truncated, ResponseCheck.Of("html", KazakhPage[..(KazakhPage.Length / 2)]).Verdict);
        Assert.Equal(ResponseCheck.Verdict.WrongContent, ResponseCheck.Of("html", AppShell).Verdict);
        Assert.Equal(ResponseCheck.Verdict.WrongContent, ResponseCheck.Of("docx", pdf).Verdict);
    }
}
