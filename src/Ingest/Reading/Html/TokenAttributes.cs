using AngleSharp.Common;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace DecreeParser.Ingest.Reading.Html;

/// <summary>The attributes of a start tag that the reader uses: id, class, and a cell's spans.</summary>
internal static class TokenAttributes
{
    /// <summary>
    /// Reads the attributes the reader uses into the element; false for what the parser would read
    /// otherwise (an attribute written twice, a span that is not a plain number).
    /// </summary>
    public static bool Read(ref StructHtmlToken token, PageElement element)
    {
        var cell = element.Name is "td" or "th";
        bool columns = false, rows = false;
        var attributes = token.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            var name = attribute.Name;
            if (name == "id")
            {
                if (element.Id is not null) return false;
                element.Id = attribute.Value.ToString();
            }
            else if (name == "class")
            {
                if (element.ClassName is not null) return false;
                element.ClassName = attribute.Value.ToString();
            }
            else if (cell && name == "colspan")
            {
                if (columns || !Number(attribute.Value, out var span)) return false;
                (columns, element.ColumnSpan) = (true, span);
            }
            else if (cell && name == "rowspan")
            {
                if (rows || !Number(attribute.Value, out var span)) return false;
                (rows, element.RowSpan) = (true, span);
            }
        }
        return true;
    }

    private static bool Number(StringOrMemory value, out int number)
    {
        var digits = value.Memory.Span;
        number = 0;
        return digits.Length is > 0 and < 10 && digits.IndexOfAnyExceptInRange('0', '9') < 0 && int.TryParse(digits, out number);
    }
}
