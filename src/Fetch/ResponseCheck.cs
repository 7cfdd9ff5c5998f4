using System.Text;
using DecreeParser.Ingest.Reading;

namespace DecreeParser.Fetch;

/// <summary>
/// Whether a body is the document asked for, and whole: a page with the act's text (not the new
/// site's JavaScript shell), a PDF that ends with its end-of-file marker, a DOCX whose zip directory
/// is there. A site that answers with a shell or an HTML page where a file was asked for is
/// passed over for the next; a cut body is tried again.
/// </summary>
public static class ResponseCheck
{
    public enum Verdict { Good, WrongContent, Truncated }

    public static (Verdict Verdict, string? Problem) Of(string format, byte[] body)
    {
        if (body.Length == 0) return (Verdict.Truncated, "an empty body");
        return format switch
        {
            "pdf" when !SourceFormat.IsPdf(body) => (Verdict.WrongContent, Describe(body, "a PDF")),
            "pdf" when body.AsSpan(Math.Max(0, body.Length - 1024)).IndexOf("%%EOF"u8) < 0 => (Verdict.Truncated, "a PDF cut short (no %%EOF at its end)"),
            "docx" when !SourceFormat.IsZip(body) => (Verdict.WrongContent, Describe(body, "a DOCX")),
            "docx" when body.AsSpan(Math.Max(0, body.Length - 65_557)).IndexOf("PK\u0005\u0006"u8) < 0 => (Verdict.Truncated, "a DOCX cut short (no zip directory at its end)"),
            "html" when HtmlReader.IsAppShell(Encoding.UTF8.GetString(body)) => (Verdict.WrongContent, "its JavaScript shell, not the text"),
            "html" when !LooksLikeHtml(body) => (Verdict.WrongContent, Describe(body, "a page")),
            "html" when !HasClosingTag(body) => (Verdict.Truncated, "a page cut short (no </html>)"),
            _ => (Verdict.Good, null),
        };
    }

    private static string Describe(byte[] body, string expected) =>
        LooksLikeHtml(body)
            ? HtmlReader.IsAppShell(Encoding.UTF8.GetString(body)) ? "its JavaScript shell, not the file" : $"an HTML page, not {expected}"
            : $"something that is not {expected}";

    private static bool LooksLikeHtml(byte[] body) => SourceFormat.OfText(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 1024))) == SourceFormat.Html;

    private static bool HasClosingTag(byte[] body) =>
        Encoding.UTF8.GetString(body, Math.Max(0, body.Length - 4096), Math.Min(body.Length, 4096)).Contains("</html>", StringComparison.OrdinalIgnoreCase);
}
