using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace DecreeParser.Model.Twins;

/// <summary>
/// Which body, budget or term a Kazakh or Russian name stands for ("ІІМ" and "МВД" are one ministry), so
/// the two texts of one decree can be compared. Read from bilingual-names.tsv; a name not there has no id.
/// </summary>
public static partial class BilingualNames
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> IdsByLanguage = Load();

    /// <summary>The id of what <paramref name="name"/> (an abbreviation or a full name) stands for in <paramref name="language"/>; null when unknown.</summary>
    public static string? Id(string language, string? name) =>
        name is not null && IdsByLanguage.TryGetValue(language, out var ids) && ids.TryGetValue(Normal(name), out var id) ? id : null;

    /// <summary>A name as it is compared: lower case, "ё" as "е", single spaces, without the republic's name the texts add or leave out.</summary>
    public static string Normal(string name)
    {
        var text = Spaces().Replace(name.ToLowerInvariant().Replace('ё', 'е'), " ");
        text = Republic().Replace(text, " ");
        return text.Trim(' ', '.', ',', ';', ':', '(', ')');
    }

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        using var stream = typeof(BilingualNames).Assembly.GetManifestResourceStream("bilingual-names.tsv")
            ?? throw new InvalidOperationException("bilingual-names.tsv is not embedded in the Model assembly");
        using var reader = new StreamReader(stream);
        var kk = new Dictionary<string, string>(StringComparer.Ordinal);
        var ru = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var columns = line.Split('\t');
            if (columns.Length != 3) throw new InvalidOperationException($"bilingual-names.tsv: \"{line}\" has {columns.Length} columns, not 3");
            foreach (var (names, ids) in new[] { (columns[1], kk), (columns[2], ru) })
            {
                foreach (var name in names.Split('|')) ids.Add(Normal(name), columns[0]);
            }
        }
        return new Dictionary<string, FrozenDictionary<string, string>> { ["kk"] = kk.ToFrozenDictionary(), ["ru"] = ru.ToFrozenDictionary() }.ToFrozenDictionary();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(^|\s)(қазақстан республикасы(ның)?|республики казахстан)(\s|$)")]
    private static partial Regex Republic();
}
