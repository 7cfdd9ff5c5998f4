namespace DecreeParser.Ingest.Reading.Pdf;

/// <summary>
/// How deep a PDF's arrays ("[ … ]") and dictionaries ("&lt;&lt; … &gt;&gt;") nest, read from its bytes
/// before PdfPig, which reads them by recursion, ever sees them: a file of a million opening brackets
/// would overflow its stack, and a stack overflow ends the process. Strings, comments and the
/// contents of streams are passed over.
/// </summary>
public static class PdfNesting
{
    public static int Deepest(ReadOnlySpan<byte> bytes)
    {
        var depth = 0;
        var deepest = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            switch (bytes[i])
            {
                case (byte)'[':
                    deepest = Math.Max(deepest, ++depth);
                    break;
                case (byte)'<' when i + 1 < bytes.Length && bytes[i + 1] == '<':
                    deepest = Math.Max(deepest, ++depth);
                    i++;
                    break;
                case (byte)'<':
                    // A hex string: <48656C6C6F>.
                    i = Skip(bytes, i, (byte)'>');
                    break;
                case (byte)']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case (byte)'>' when i + 1 < bytes.Length && bytes[i + 1] == '>':
                    depth = Math.Max(0, depth - 1);
                    i++;
                    break;
                case (byte)'(':
                    i = LiteralString(bytes, i);
                    break;
                case (byte)'%':
                    i = Skip(bytes, i, (byte)'\n');
                    break;
                case (byte)'s' when bytes[i..].StartsWith("stream"u8) && (i == 0 || !char.IsAsciiLetter((char)bytes[i - 1])):
                    var end = bytes[i..].IndexOf("endstream"u8);
                    i = end < 0 ? bytes.Length : i + end + "endstream".Length - 1;
                    break;
            }
        }
        return deepest;
    }

    private static int Skip(ReadOnlySpan<byte> bytes, int from, byte until)
    {
        var at = bytes[(from + 1)..].IndexOf(until);
        return at < 0 ? bytes.Length : from + 1 + at;
    }

    /// <summary>Past a literal string's closing parenthesis, minding nested ones and backslash escapes.</summary>
    private static int LiteralString(ReadOnlySpan<byte> bytes, int from)
    {
        var open = 0;
        for (var i = from; i < bytes.Length; i++)
        {
            if (bytes[i] == '\\') i++;
            else if (bytes[i] == '(') open++;
            else if (bytes[i] == ')' && --open == 0) return i;
        }
        return bytes.Length;
    }
}
