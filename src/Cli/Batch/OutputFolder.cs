using DecreeParser.Model.Files;
namespace DecreeParser.Cli.Batch;

/// <summary>
/// The output folder of a batch: what earlier runs left in it (read from the outputs' headers) and
/// which names this run has taken. Names are claimed so that nothing is written over another
/// input's output: a decree's second source (its PDF beside its HTML page) gets the format in its
/// name, a third of the same format its hash; a file that is not ours is never written over, nor one
/// another process wrote since the run began (see <see cref="TakenMeanwhile"/>).
/// </summary>
public sealed class OutputFolder
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Owner> owners = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> unchanged = new(StringComparer.Ordinal);

    private OutputFolder(string path) => Path = path;

    public string Path { get; }

    /// <summary>Reads what earlier runs wrote; removes the temporary files a killed run left.</summary>
    public static OutputFolder Open(string path, string pipelineVersion)
    {
        var folder = new OutputFolder(path);
        AtomicFile.RemoveLeftovers(path);
        foreach (var file in Directory.EnumerateFiles(path, "*.json"))
        {
            var name = System.IO.Path.GetFileName(file);
            var header = OutputHeader.Read(file);
            folder.owners[name] = header is null ? Owner.Foreign : new Owner(header.SourcePath, header.SourceSha256);
            if (header is not null && header.PipelineVersion == pipelineVersion) folder.unchanged.TryAdd(header.SourceSha256, name);
        }
        return folder;
    }

    /// <summary>The output an earlier run wrote from these very bytes with this very code, if any.</summary>
    public string? UpToDateOutput(string sha256)
    {
        lock (gate) return unchanged.GetValueOrDefault(sha256);
    }

    /// <summary>
    /// Claims a file name for a decree: <paramref name="key"/>.json when it is free or this source's
    /// own, else one with the <paramref name="variant"/> (its format, or "ocr") and then the hash in
    /// it; says which source holds the plain name.
    /// </summary>
    public ClaimedName Claim(string key, string variant, string sourcePath, string sha256)
    {
        var self = new Owner(sourcePath, sha256);
        lock (gate)
        {
            var plain = owners.GetValueOrDefault($"{key}.json");
            foreach (var name in Candidates(key, variant, sha256))
            {
                var replaces = owners.TryGetValue(name, out var owner);
                if (replaces && !owner!.IsSameSource(self)) continue;
                owners[name] = self;
                var met = plain is null || plain.IsSameSource(self) ? null : plain.SourcePath ?? $"{key}.json (a file not written by decree convert)";
                return new ClaimedName(name, met, replaces);
            }
        }
        throw new InvalidOperationException($"no free name for {key} from {sourcePath}");
    }

    /// <summary>
    /// A name claimed in this run was found written when its output was to be published: another
    /// process (a worker of the same sharded batch) wrote it first. It is that output's now.
    /// </summary>
    public void TakenMeanwhile(string name)
    {
        var header = OutputHeader.Read(System.IO.Path.Combine(Path, name));
        lock (gate) owners[name] = header is null ? Owner.Foreign : new Owner(header.SourcePath, header.SourceSha256);
    }

    private static IEnumerable<string> Candidates(string key, string variant, string sha256)
    {
        yield return $"{key}.json";
        yield return $"{key}.{variant}.json";
        yield return $"{key}.{variant}.{sha256[..12]}.json";
    }

    /// <summary>Who an output belongs to: the source it was converted from.</summary>
    private sealed record Owner(string? SourcePath, string? Sha256)
    {
        /// <summary>A JSON in the folder that is not a decree of ours: never written over.</summary>
        public static readonly Owner Foreign = new(null, null);

        public bool IsSameSource(Owner other) =>
            !ReferenceEquals(this, Foreign) && (Sha256 == other.Sha256 || string.Equals(SourcePath, other.SourcePath, StringComparison.Ordinal));
    }

    /// <param name="Name">The output's file name.</param>
    /// <param name="Met">The source that already holds the decree's plain name, if another does.</param>
    /// <param name="Replaces">The name holds this source's output from an earlier run, to be written over; otherwise it must still be free when written.</param>
    public sealed record ClaimedName(string Name, string? Met, bool Replaces);
}
