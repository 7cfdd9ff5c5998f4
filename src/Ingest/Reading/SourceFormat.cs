namespace DecreeParser.Ingest.Reading;

/// <summary>
/// What an input's bytes say it is. <see cref="Refusal"/> is set for input no reader takes, and says why.
/// </summary>
public sealed record SourceFormat(string Name, string? Refusal = null)
{
    public const string Text = "text";
}

/// <summary>Tells the format from the first bytes of a file.</summary>
public static class SourceFormatDetector
{
    public static SourceFormat Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF"u8)) return new SourceFormat("pdf", "PDF input is not supported yet");
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return new SourceFormat("zip", "DOCX and other zip-packed input is not supported yet");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return new SourceFormat("ole", "legacy .doc input is not supported yet");
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.Contains((byte)0)) return new SourceFormat("binary", "binary file, not a text document");
        if (LooksLikeHtml(head)) return new SourceFormat("html", "HTML input is not supported yet");
        if (LooksLikeJson(head)) return new SourceFormat("json", "JSON, not a decree source (`decree show` reads the JSON that `decree convert` writes)");
        return new SourceFormat(SourceFormat.Text);
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var start = Start(head);
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static bool LooksLikeJson(ReadOnlySpan<byte> head) => Start(head) is ['{', ..] or ['[', ..];

    private static string Start(ReadOnlySpan<byte> head) =>
        System.Text.Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
}
