using System.Text;

namespace DecreeParser.Model.Files;

/// <summary>
/// RFC 4180 CSV: comma-separated, a field quoted when it holds a comma, quote or line break (quotes
/// doubled), lines ended by CRLF, UTF-8 without a byte order mark.
/// </summary>
public sealed class CsvWriter(Stream stream) : IDisposable
{
    private readonly StreamWriter writer = new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\r\n" };

    public void Row(params string?[] fields) => writer.WriteLine(string.Join(',', fields.Select(Field)));

    public void Dispose() => writer.Dispose();

    private static string Field(string? value)
    {
        if (value is null) return "";
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
