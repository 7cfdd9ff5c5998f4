using System.Text.RegularExpressions;
using DecreeParser.Model;

namespace DecreeParser.Ingest.Repair;

/// <summary>
/// Removes markup that leaked into the text from the page it was copied from: HTML tags
/// ("&lt;b&gt;V. ...&lt;/b&gt;") and markdown emphasis ("**ҚАУЛЫ ЕТЕДІ:**").
/// </summary>
public sealed partial class MarkupResidue : ITextRepair
{
    public string Apply(string text, SourceLocation location, RepairLog log)
    {
        var cleaned = Markup().Replace(text, "");
        if (cleaned == text) return text;
        log.Record(RepairKinds.Markup, text, cleaned, location);
        return cleaned;
    }

    // Only tag names HTML actually uses for inline text, so "<" in real text ("< 10 %") stays; and
    // "<b>" as OCR reads it, in the Cyrillic letters that look like b ("<Һ>", "</Б>", "<ь>").
    [GeneratedRegex(@"</?(?:b|i|u|strong|em|span|font|sup|sub|br|p|[һҺьЬбБ6]{1,2})(?:\s[^<>]*)?/?>|\*\*|__", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();
}
