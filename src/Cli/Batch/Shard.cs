using System.Buffers.Binary;
using System.Globalization;

namespace DecreeParser.Cli.Batch;

/// <summary>
/// One of N workers' share of a batch (`--shard K/N`, K from 0): the inputs whose content hash falls
/// in K. Every worker given the same inputs computes the same split, so N of them divide a batch with
/// no coordination and no overlap; a file renamed or moved stays in its shard, a file edited may move.
/// `--shard auto/N` takes K from JOB_COMPLETION_INDEX, as a Kubernetes Indexed Job sets it.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    public const string JobIndexVariable = "JOB_COMPLETION_INDEX";

    /// <summary>Whether the input whose SHA-256 (hex) is given is this shard's: its first 8 bytes, as a number, modulo the count.</summary>
    public bool Holds(string sha256) =>
        (int)(BinaryPrimitives.ReadUInt64BigEndian(Convert.FromHexString(sha256.AsSpan(0, 16))) % (ulong)Count) == Index;

    public override string ToString() => $"{Index}/{Count}";

    /// <summary>"K/N" or "auto/N"; a malformed one is a <see cref="FormatException"/> saying what is wrong.</summary>
    public static Shard Parse(string text, Func<string, string?> environment)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            throw new FormatException($"--shard {text}: expected K/N or auto/N, N a whole number from 1");
        }
        var index = parts[0] == "auto"
            ? int.TryParse(environment(JobIndexVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var job) ? job
                : throw new FormatException($"--shard {text}: {JobIndexVariable} is not set to a whole number (it is set by a Kubernetes Indexed Job)")
            : int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var given) ? given
                : throw new FormatException($"--shard {text}: K must be a whole number or auto");
        return index < count ? new Shard(index, count) : throw new FormatException($"--shard {text}: K must be below N (shards are numbered from 0)");
    }
}
