using System.Text.RegularExpressions;
using DecreeParser.Cli;
using DecreeParser.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace DecreeParser.Tests.Cli;

/// <summary>
/// deploy/k8s checked as data (no cluster runs here): valid YAML of the kinds the README's scale-out
/// steps apply, wired to each other (one volume, one image, the shard count the same in the convert
/// Job and the merge Job, the Service on the serving pods), and every `decree` command line in them
/// one that this build's command line accepts.
/// </summary>
public partial class KubernetesManifestTests
{
    private static readonly Lazy<List<YamlMappingNode>> Documents = new(() =>
    [
        .. Directory.GetFiles(Repository.File("deploy/k8s"), "*.yaml").Order(StringComparer.Ordinal).SelectMany(file =>
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(file);
            stream.Load(reader);
            return stream.Documents.Select(d => (YamlMappingNode)d.RootNode);
        }),
    ]);

    private static YamlMappingNode Single(string kind, string name) =>
        Assert.Single(Documents.Value, d => Text(d, "kind") == kind && Text(d, "metadata", "name") == name);

    [Fact]
    public void The_manifests_are_the_volume_the_two_jobs_and_the_server()
    {
        Assert.Equal(
            ["Deployment decree-serve", "Job decree-convert", "Job decree-merge", "PersistentVolumeClaim decree-data", "Service decree-serve"],
            Documents.Value.Select(d => $"{Text(d, "kind")} {Text(d, "metadata", "name")}").Order(StringComparer.Ordinal));
        Assert.All(Documents.Value, d => Assert.NotNull(Text(d, "apiVersion")));
        Assert.Equal("ReadWriteMany", Text(Single("PersistentVolumeClaim", "decree-data"), "spec", "accessModes", "0"));
    }

    [Fact]
    public void The_convert_job_is_indexed_and_the_merge_names_every_shard_in_order()
    {
        var convert = Single("Job", "decree-convert");
        Assert.Equal("Indexed", Text(convert, "spec", "completionMode"));
        var shards = int.Parse(Text(convert, "spec", "completions")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(shards.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(convert, "spec", "parallelism"));
        var commands = Commands(convert);
        Assert.Contains(commands, c => c[..2].SequenceEqual(["convert", "/data/inbox"]) && c.Contains($"auto/{shards}"));
        Assert.Contains(commands, c => c[0] == "index" && c.Contains("/data/index/shard-0"));

        var merge = Assert.Single(Commands(Single("Job", "decree-merge")));
        var named = merge.SkipWhile(w => w != "--merge").Skip(1).TakeWhile(w => !w.StartsWith('-')).ToList();
        Assert.Equal(Enumerable.Range(0, shards).Select(k => $"/data/index/shard-{k}"), named);
    }

    [Fact]
    public void Every_decree_command_line_in_the_manifests_is_one_the_cli_accepts()
    {
        var commands = Documents.Value.SelectMany(Commands).ToList();
        Assert.Equal(3, commands.Count);
        Assert.All(commands, command => Assert.True(DecreeCli.Problem([.. command]) is null, $"{string.Join(' ', command)}: {DecreeCli.Problem([.. command])}"));
        // And the CLI refuses a wrong one, so the check can fail.
        Assert.NotNull(DecreeCli.Problem(["index", "--merge", "/data/index/shard-0", "--index"]));
    }

    [Fact]
    public void The_server_reads_the_merged_index_read_only_behind_its_service()
    {
        var serve = Single("Deployment", "decree-serve");
        var pod = Node(serve, "spec", "template", "spec");
        var container = (YamlMappingNode)((YamlSequenceNode)Node(pod, "containers")).Children.Single();
        var args = ((YamlSequenceNode)Node(container, "args")).Children.Select(a => a.ToString()).ToList();
        Assert.Null(DecreeCli.Problem([.. args]));
        Assert.Equal(["serve", "--index", "/data/index/current"], args.Take(3));
        Assert.Equal("0.0.0.0", args[args.IndexOf("--host") + 1]);
        Assert.Equal(args[args.IndexOf("--port") + 1], Text(container, "ports", "0", "containerPort"));
        Assert.Equal("true", Text(container, "volumeMounts", "0", "readOnly"));
        Assert.Equal("true", Text(pod, "volumes", "0", "persistentVolumeClaim", "readOnly"));

        var service = Single("Service", "decree-serve");
        var labels = (YamlMappingNode)Node(serve, "spec", "template", "metadata", "labels");
        Assert.All(((YamlMappingNode)Node(service, "spec", "selector")).Children, pair => Assert.Equal(pair.Value.ToString(), labels[pair.Key].ToString()));
        Assert.Equal(Text(container, "ports", "0", "name"), Text(service, "spec", "ports", "0", "targetPort"));
    }

    [Fact]
    public void Every_pod_runs_the_one_image_on_the_one_volume()
    {
        var pods = Documents.Value.Where(d => Text(d, "kind") is "Job" or "Deployment").Select(d => Node(d, "spec", "template", "spec")).Cast<YamlMappingNode>().ToList();
        Assert.Equal(3, pods.Count);
        Assert.Single(pods.Select(p => Text(p, "containers", "0", "image")).Distinct());
        Assert.All(pods, p => Assert.Equal("decree-data", Text(p, "volumes", "0", "persistentVolumeClaim", "claimName")));
        Assert.All(pods, p => Assert.Equal("/data", Text(p, "containers", "0", "volumeMounts", "0", "mountPath")));
        // The jobs' shell steps call `decree`: the image puts it on the PATH.
        Assert.Contains("> /usr/local/bin/decree", File.ReadAllText(Repository.File("Dockerfile")), StringComparison.Ordinal);
    }

    /// <summary>The `decree` command lines of a Job's shell script, its variables given sample values, each as its words.</summary>
    private static IEnumerable<List<string>> Commands(YamlMappingNode document)
    {
        if (Text(document, "kind") != "Job") return [];
        var script = Text(document, "spec", "template", "spec", "containers", "0", "args", "0")!;
        return script.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("decree ", StringComparison.Ordinal))
            .Select(line => Variable().Replace(line.Split(" || ")[0], "0"))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList());
    }

    private static YamlNode Node(YamlNode node, params string[] path)
    {
        foreach (var step in path)
        {
            node = node switch
            {
                YamlMappingNode map => map[step],
                YamlSequenceNode list => list[int.Parse(step, System.Globalization.CultureInfo.InvariantCulture)],
                _ => throw new InvalidOperationException($"{step}: not a map or list"),
            };
        }
        return node;
    }

    private static string? Text(YamlNode node, params string[] path)
    {
        try
        {
            return Node(node, path) is YamlScalarNode scalar ? scalar.Value : null;
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\$\w+|\$\([^)]*\)")]
    private static partial Regex Variable();
}
