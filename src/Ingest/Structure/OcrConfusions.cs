namespace DecreeParser.Ingest.Structure;

/// <summary>
/// The letter confusions that digitizing Kazakh text makes in abbreviations: a letter that loses or
/// gains its Kazakh mark (К/Қ, Г/Ғ, Н/Ң, О/Ө, У/Ү/Ұ), "П" or "И" read for "ІІ" and back, "И" for
/// "П", and an "І" doubled or dropped. <see cref="Variants"/> lists every spelling one such confusion away.
/// </summary>
public static class OcrConfusions
{
    private static readonly (string A, string B)[] Swaps =
    [
        ("К", "Қ"), ("Г", "Ғ"), ("Н", "Ң"), ("О", "Ө"), ("У", "Ү"), ("Ү", "Ұ"), ("У", "Ұ"), ("П", "ІІ"), ("И", "ІІ"), ("П", "И"),
    ];

    public static IEnumerable<string> Variants(string spelling)
    {
        foreach (var (a, b) in Swaps)
        {
            foreach (var variant in ReplaceEach(spelling, a, b)) yield return variant;
            foreach (var variant in ReplaceEach(spelling, b, a)) yield return variant;
        }
        for (var i = 0; i < spelling.Length; i++)
        {
            if (spelling[i] != 'І') continue;
            yield return spelling.Insert(i, "І");
            if (spelling.Length > 2) yield return spelling.Remove(i, 1);
        }
    }

    /// <summary>True when the two spellings are one confusion apart.</summary>
    public static bool AreOneApart(string a, string b) => Variants(a).Contains(b, StringComparer.Ordinal);

    private static IEnumerable<string> ReplaceEach(string text, string from, string to)
    {
        for (var at = text.IndexOf(from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(from, at + 1, StringComparison.Ordinal))
        {
            yield return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
        }
    }
}
