using System.Text.Json;

namespace DecreeParser.Cli.Batch;

/// <summary>
/// What a rerun needs to know of a JSON that `decree convert` wrote, read from the file's first
/// bytes only (the pipeline version and source come before the body, so a folder of ten thousand
/// outputs is scanned without parsing ten thousand bodies).
/// </summary>
public sealed record OutputHeader(string? PipelineVersion, string SourcePath, string SourceSha256)
{
    /// <summary>How much of a file is read to find its header: a little first, more when a long title comes before it.</summary>
    private static readonly int[] HeadSizes = [8 * 1024, 64 * 1024];

    /// <summary>The header, or null when the file is not a decree JSON of ours (or not whole).</summary>
    public static OutputHeader? Read(string path)
    {
        foreach (var size in HeadSizes)
        {
            var head = new byte[size];
            int length;
            try
            {
                using var stream = File.OpenRead(path);
                length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
            try
            {
                if (Parse(head.AsSpan(0, length), isWhole: length < size) is { } header) return header;
            }
            catch (JsonException)
            {
                return null;
            }
            if (length < size) return null;
        }
        return null;
    }

    private static OutputHeader? Parse(ReadOnlySpan<byte> head, bool isWhole)
    {
        var reader = new Utf8JsonReader(head, isFinalBlock: isWhole, default);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
        string? version = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            if (!reader.Read()) return null;
            switch (name)
            {
                case "pipelineVersion":
                    version = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    break;
                case "source":
                    return ReadSource(ref reader, version);
                default:
                    // A value before "source" is short (id, title…); one too long for the head means not ours.
                    if (!reader.TrySkip()) return null;
                    break;
            }
        }
        return null;
    }

    private static OutputHeader? ReadSource(ref Utf8JsonReader reader, string? version)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return null;
        string? path = null, sha256 = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            if (!reader.Read()) return null;
            if (name == "path" && reader.TokenType == JsonTokenType.String) path = reader.GetString();
            else if (name == "sha256" && reader.TokenType == JsonTokenType.String) sha256 = reader.GetString();
            else if (!reader.TrySkip()) return null;
        }
        return path is null || sha256 is null ? null : new OutputHeader(version, path, sha256);
    }
}
