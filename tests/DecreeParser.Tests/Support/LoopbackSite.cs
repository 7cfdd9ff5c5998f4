using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DecreeParser.Tests.Support;

/// <summary>
/// Two web sites on the loopback interface, standing in for adilet.zan.kz ("new") and
/// old.adilet.zan.kz ("old"), inside the test process: each path answers with a script of replies,
/// one per request (the last repeats), and every request is logged. Nothing outside the machine is
/// contacted.
/// </summary>
public sealed class LoopbackSite : IDisposable
{
    /// <summary>The new adilet's answer to a document address: an application shell with no text in it.</summary>
    public static readonly byte[] AppShell = Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html lang=\"kk\"><head><meta charset=\"utf-8\"><title>Әділет</title><script src=\"/main.3f2a.js\" defer></script></head><body><app-root></app-root><noscript>Enable JavaScript</noscript></body></html>");

    private readonly HttpListener listener = new();
    private readonly ConcurrentDictionary<(string Site, string Path), Queue<Reply>> replies = new();
    private readonly Task loop;

    public LoopbackSite()
    {
        New = new Uri($"http://127.0.0.1:{FreePort()}/");
        Old = new Uri($"http://127.0.0.1:{FreePort()}/");
        listener.Prefixes.Add(New.ToString());
        listener.Prefixes.Add(Old.ToString());
        listener.Start();
        loop = Task.Run(Serve);
    }

    public Uri New { get; }

    public Uri Old { get; }

    public ConcurrentQueue<(string Site, string Path, DateTimeOffset At)> Requests { get; } = new();

    /// <summary>What a path answers, request after request; the last reply repeats.</summary>
    public void On(string site, string path, params Reply[] script) => replies[(site, path)] = new Queue<Reply>(script);

    public IReadOnlyList<(string Site, string Path, DateTimeOffset At)> RequestsTo(string site) => [.. Requests.Where(r => r.Site == site)];

    public void Dispose()
    {
        try
        {
            // Close stops the listener and drops the connections still open.
            listener.Close();
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException or HttpListenerException or IOException)
        {
            // Linux's managed listener can throw while it drops a connection a reply task still writes to
            // (seen once in a full parallel run): the site is gone either way.
        }
        try { loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        var site = context.Request.Url!.Port == New.Port ? "new" : "old";
        var path = context.Request.Url.AbsolutePath;
        Requests.Enqueue((site, path, DateTimeOffset.UtcNow));
        var reply = Next(site, path);
        var response = context.Response;
        try
        {
            if (reply.Delay > TimeSpan.Zero) await Task.Delay(reply.Delay);
            response.StatusCode = reply.Status;
            if (reply.RetryAfterSeconds is { } seconds) response.AddHeader("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            response.ContentType = reply.ContentType;
            response.ContentLength64 = reply.Body.Length;
            if (reply.CutAfter is { } cut)
            {
                await response.OutputStream.WriteAsync(reply.Body.AsMemory(0, cut));
                await response.OutputStream.FlushAsync();
                response.Abort(); // the connection drops before Content-Length bytes came
                return;
            }
            await response.OutputStream.WriteAsync(reply.Body);
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client gave up (a timeout test): nothing to answer.
        }
    }

    private Reply Next(string site, string path)
    {
        if (!replies.TryGetValue((site, path), out var script)) return Reply.Status404;
        lock (script) return script.Count > 1 ? script.Dequeue() : script.Peek();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public sealed record Reply(int Status, byte[] Body, string ContentType)
    {
        public static readonly Reply Status404 = new(404, Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>Not found</body></html>"), "text/html");

        public TimeSpan Delay { get; init; }

        public int? RetryAfterSeconds { get; init; }

        /// <summary>Send only this many bytes of the body, then drop the connection.</summary>
        public int? CutAfter { get; init; }

        public static Reply Page(byte[] html) => new(200, html, "text/html; charset=utf-8");

        public static Reply File(byte[] bytes, string contentType) => new(200, bytes, contentType);

        public static Reply Error(int status, int? retryAfterSeconds = null) =>
            new(status, Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><body>{status}</body></html>"), "text/html") { RetryAfterSeconds = retryAfterSeconds };
    }
}
