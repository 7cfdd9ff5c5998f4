using System.Text.RegularExpressions;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Tree;

/// <summary>
/// The unit a publisher's note speaks of, read from its first reference ("Ескерту. 5-бап жаңа
/// редакцияда …", "Сноска. Пункт 3 исключен …"), and whether it says that unit was repealed.
/// </summary>
public static partial class NoteTarget
{
    /// <summary>The kind and number of the unit the note names first; null when it names none.</summary>
    public static (string Kind, string Number)? Named(string note)
    {
        var match = Reference().Match(note);
        if (!match.Success) return null;
        var word = match.Groups["k"].Value.ToLowerInvariant();
        var kind = word switch
        {
            "бөлім" or "раздел" => UnitKinds.Part,
            "тарау" or "глава" => UnitKinds.Chapter,
            "параграф" => UnitKinds.Paragraph,
            "бап" or "статья" => UnitKinds.Article,
            "тармақ" or "пункт" => UnitKinds.Point,
            _ => UnitKinds.Subpoint,
        };
        return (kind, match.Groups["n"].Value);
    }

    /// <summary>"6-бап алынып тасталды", "Статья 6 исключена": the named unit is repealed.</summary>
    public static bool Repeals(string note) => Repealing().IsMatch(note);

    private const string Number = @"[0-9]{1,3}(?:-[0-9]{1,3})*";

    [GeneratedRegex(@"(?<n>" + Number + @")\s*-\s*(?<k>бөлім|тарау|параграф|бап|тармақша|тармақ)(?!\p{L})|(?<k>Раздел|Глава|Параграф|Статья|Подпункт|Пункт)\s+(?<n>" + Number + @")", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"^(?:Ескерту|Сноска)\s*\.\s*\S+(?:\s+\S+)?\s+(?:алынып\s+тасталды|алып\s+тасталды|исключен[аоы]?)", RegexOptions.IgnoreCase)]
    private static partial Regex Repealing();
}
