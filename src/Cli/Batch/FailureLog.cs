using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DecreeParser.Model.Files;

namespace DecreeParser.Cli.Batch;

/// <summary>
/// `failures.jsonl` in the output folder: one object per failed input, {file, stage, reason}; empty
/// when none failed. A worker of a sharded batch writes `failures.K-of-N.jsonl`, so workers sharing
/// the folder do not write over each other's.
/// </summary>
public static class FailureLog
{
    public const string FileName = "failures.jsonl";

    public static string NameFor(Shard? shard) => shard is null ? FileName : $"failures.{shard.Index}-of-{shard.Count}.jsonl";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(string folder, IEnumerable<Failed> failures, Shard? shard = null)
    {
        var text = new StringBuilder();
        foreach (var failure in failures) text.Append(Line(failure)).Append('\n');
        AtomicFile.WriteAllText(Path.Combine(folder, NameFor(shard)), text.ToString());
    }

    private static string Line(Failed failure)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("file", failure.Input);
            json.WriteString("stage", failure.Stage);
            json.WriteString("reason", failure.Reason);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
