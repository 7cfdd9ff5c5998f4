using System.Text.RegularExpressions;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Amendments;

/// <summary>
/// The history the publisher's notes tell: each act a note cites, with what the words before it say
/// it did ("жаңа редакцияда" / "в редакции": rewrite; "өзгерту енгізілді" / "с изменениями": amend;
/// "толықтырылды" / "дополнена": insert; "алынып тасталды" / "исключена": delete), to the unit the
/// note stands under in the tree (null for a note on the act as a whole). "5-бап жаңа редакцияда - ҚР
/// 2004.12.20 N 13 (…), өзгерту енгізілді - 2007.07.21 N 307 Заңдарымен" is two entries.
/// </summary>
public static partial class NoteHistory
{
    /// <param name="citations">The decree's citations: those in its notes are the acts the history names.</param>
    public static IReadOnlyList<UnitHistory> Read(IReadOnlyList<Note> notes, IReadOnlyList<ActUnit> structure, IReadOnlyList<Citation> citations)
    {
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        void Index(IEnumerable<ActUnit> level)
        {
            foreach (var unit in level)
            {
                foreach (var note in unit.Notes ?? []) units.TryAdd(note, unit.Id);
                Index(unit.Children);
            }
        }
        Index(structure);
        var byNote = citations.Where(c => c.In == "notes").ToLookup(c => c.Index);
        return [.. notes.SelectMany((note, i) => Entries(note.Text, units.GetValueOrDefault(note.Text), byNote[i]))];
    }

    private static IEnumerable<UnitHistory> Entries(string note, string? unit, IEnumerable<Citation> cited)
    {
        var actions = Action().Matches(note).ToList();
        if (actions.Count == 0) yield break;
        foreach (var citation in cited)
        {
            var said = actions.LastOrDefault(a => a.Index < citation.Start) ?? actions[0];
            yield return new UnitHistory(unit, ActionOf(said), AmendedAct.Of(citation));
        }
    }

    private static string ActionOf(Match said) =>
        said.Groups["rewrite"].Success ? AmendmentActions.Rewrite
        : said.Groups["insert"].Success ? AmendmentActions.Insert
        : said.Groups["delete"].Success ? AmendmentActions.Delete
        : AmendmentActions.Amend;

    [GeneratedRegex(@"(?<rewrite>жаңа\s+редакцияда|в\s+редакции)|(?<insert>толықтырылды|дополнен\p{L}*)|(?<delete>алынып\s+тасталды|алып\s+тасталды|исключен\p{L}*|күші\s+жойылды|утратил\p{L}*\s+силу)|(?<amend>өзгерт\p{L}*\s+енгізілді|өзгеріс\p{L}*\s+енгізілді|с\s+изменени\p{L}*|внесены\s+изменени\p{L}*|изменен\p{L}*)", RegexOptions.IgnoreCase)]
    private static partial Regex Action();
}
