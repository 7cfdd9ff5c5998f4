using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DecreeParser.Model.Files;

namespace DecreeParser.Cli.Batch;

/// <summary>`failures.jsonl` in the output folder: one object per failed input, {file, stage, reason}; empty when none failed.</summary>
public static class FailureLog
{
    public const string FileName = "failures.jsonl";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(string folder, IEnumerable<Failed> failures)
    {
        var text = new StringBuilder();
        foreach (var failure in failures) text.Append(Line(failure)).Append('\n');
        AtomicFile.WriteAllText(Path.Combine(folder, FileName), text.ToString());
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
