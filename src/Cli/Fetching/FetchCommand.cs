using System.CommandLine;
using System.Globalization;
using DecreeParser.Cli.Batch;
using DecreeParser.Fetch;
using DecreeParser.Model.Files;

namespace DecreeParser.Cli.Fetching;

/// <summary>
/// `decree fetch &lt;ids or files of ids…&gt; --lang kk|ru|both --format html|docx|pdf --out &lt;dir&gt;`:
/// downloads decrees from adilet.zan.kz (the old site when the new one gives its JavaScript shell)
/// into out/LANG/ID.FORMAT, through a cache; `--convert` converts what came down.
/// </summary>
public static class FetchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var ids = new Argument<string[]>("ids") { Arity = ArgumentArity.OneOrMore, Description = "adilet ids (P1800000897), adilet addresses, or files of ids, one a line." };
        var lang = new Option<string>("--lang") { DefaultValueFactory = _ => "kk", Description = "The text's language: kk, ru or both." };
        lang.AcceptOnlyFromAmong("kk", "ru", "both");
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "html", Description = "What to download: the html page, or the docx or pdf file." };
        format.AcceptOnlyFromAmong(FetchRequest.Formats);
        var outDir = new Option<string>("--out") { Required = true, Description = "The folder for the downloads (out/kk/ID.html…)." };
        var convert = new Option<bool>("--convert") { Description = "Convert the downloads to JSON as well (into --json)." };
        var json = new Option<string?>("--json") { Description = "The folder for the JSON with --convert (default: OUT/json)." };
        var cache = new Option<string>("--cache") { DefaultValueFactory = _ => FetchOptions.DefaultCacheFolder, Description = "The download cache." };
        var refresh = new Option<bool>("--refresh") { Description = "Download again even what the cache has." };
        var delay = new Option<double>("--delay") { DefaultValueFactory = _ => 1.0, Description = "Seconds between two requests (at least 0.1 for adilet)." };
        var retries = new Option<int>("--retries") { DefaultValueFactory = _ => 4, Description = "Retries of a request that failed for a passing reason." };
        var timeout = new Option<double>("--timeout") { DefaultValueFactory = _ => 60, Description = "Seconds one response may take." };
        var sites = new Option<string[]>("--site") { Description = "The sites to ask, in order (default: https://adilet.zan.kz, then https://old.adilet.zan.kz); for mirrors and tests." };
        var command = new Command("fetch", "Download decrees from adilet.zan.kz by id.") { ids, lang, format, outDir, convert, json, cache, refresh, delay, retries, timeout, sites };
        command.SetAction(parsed =>
        {
            var options = new FetchOptions
            {
                CacheFolder = parsed.GetValue(cache)!,
                Delay = TimeSpan.FromSeconds(parsed.GetValue(delay)),
                Retries = parsed.GetValue(retries),
                Timeout = TimeSpan.FromSeconds(parsed.GetValue(timeout)),
            };
            if (parsed.GetValue(sites) is { Length: > 0 } given)
            {
                if (given.FirstOrDefault(site => !IsSite(site)) is { } bad)
                {
                    error.WriteLine($"error: --site {bad}: not an http(s) address");
                    return ExitCodes.NothingDone;
                }
                options = options with { Sites = [.. given.Select(site => new Uri(site))] };
            }
            var languages = parsed.GetValue(lang) == "both" ? FetchRequest.Languages : [parsed.GetValue(lang)!];
            var target = parsed.GetValue(outDir)!;
            var convertTo = parsed.GetValue(convert) ? parsed.GetValue(json) ?? Path.Combine(target, "json") : null;
            return Run(parsed.GetValue(ids)!, languages, parsed.GetValue(format)!, target, options, parsed.GetValue(refresh), convertTo, output, error);
        });
        return command;
    }

    public static int Run(IReadOnlyList<string> arguments, IReadOnlyList<string> languages, string format, string outDir, FetchOptions options,
        bool refresh, string? convertTo, TextWriter output, TextWriter error)
    {
        var (ids, problems) = IdList.Read(arguments);
        foreach (var problem in problems) error.WriteLine($"error: {problem}");
        if (ids.Count == 0)
        {
            error.WriteLine("error: no adilet id to fetch");
            return ExitCodes.NothingDone;
        }

        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All }) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("DecreeParser/0.4 (batch conversion of Kazakh legal acts; polite: one request a second)");
        var fetcher = new AdiletFetcher(client, options);
        var downloaded = new List<string>();
        var failed = problems.Count;
        foreach (var request in ids.SelectMany(id => languages.Select(language => new FetchRequest(id, language, format))))
        {
            try
            {
                var result = fetcher.FetchAsync(request, refresh).GetAwaiter().GetResult();
                var target = Path.Combine(outDir, request.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                AtomicFile.WriteAllBytes(target, File.ReadAllBytes(result.CachePath));
                downloaded.Add(target);
                output.WriteLine(Describe(result, target));
                foreach (var detour in result.Detours) output.WriteLine($"  {detour}");
            }
            catch (FetchException e)
            {
                failed++;
                error.WriteLine($"error: {e.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The cache or the output folder cannot be written: every other request would fail the same way.
                error.WriteLine($"error: {request}: cannot be saved ({e.Message})");
                return downloaded.Count == 0 ? ExitCodes.NothingDone : ExitCodes.SomeFailed;
            }
        }

        if (downloaded.Count == 0) return ExitCodes.NothingDone;
        var converted = convertTo is null
            ? ExitCodes.Success
            : ConvertCommand.Run(new BatchOptions(downloaded, convertTo, Environment.ProcessorCount, Force: false, TimeSpan.FromSeconds(ConvertCommand.DefaultFileTimeoutSeconds)), output, error);
        return failed > 0 ? ExitCodes.SomeFailed : converted;
    }

    private static bool IsSite(string text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static string Describe(FetchResult result, string target)
    {
        var size = string.Create(CultureInfo.InvariantCulture, $"{new FileInfo(target).Length / 1024.0:0.#} KB");
        return result.Source is { } source
            ? $"{result.Request} → {DisplayPath.Of(target)} ({size} from {source.Authority})"
            : $"{result.Request} → {DisplayPath.Of(target)} ({size} from the cache)";
    }
}
