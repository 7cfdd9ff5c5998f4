using System.Globalization;
using System.Text.RegularExpressions;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Citations;

/// <summary>
/// Finds the references to other acts in the decree's text, its publisher's notes and its tables'
/// cells (a roadmap's measure "Үкіметтің 2017 жылғы 16 қазандағы № 646 қаулысына өзгерістер …
/// енгізу"), each with the kind, issuer, date, number, title and adilet id it gives (an act cited
/// more than once takes the id one of its references gives). The act's own act line (its own date
/// and number) is no reference to another act.
/// </summary>
public static class CitationFinder
{
    public static IReadOnlyList<Citation> Find(IReadOnlyList<BodyText> body, IReadOnlyList<Note> notes, IReadOnlyList<DecreeTable> tables, string? ownDate, string? ownNumber)
    {
        var found = new List<Citation>();
        // A roadmap's cells repeat ("Үкімет қаулысы", "ІІМ"): each text is read once a decree.
        var read = new Dictionary<string, IReadOnlyList<Citation>>(StringComparer.Ordinal);
        // Every cell of every table comes through here: a loop, not a query, for the many that cite nothing.
        void Scan(string text, string list, int index, int? row = null, int? cell = null)
        {
            // A text with no year in figures is passed by before it is hashed to be looked up: most cells.
            if (!CitationPatterns.MayCite(text)) return;
            if (!read.TryGetValue(text, out var citations)) read[text] = citations = InText(text);
            foreach (var citation in citations)
            {
                if (citation.Date == ownDate && citation.Number == ownNumber) continue;
                found.Add(citation with { In = list, Index = index, Row = row, Cell = cell });
            }
        }

        for (var i = 0; i < body.Count; i++) Scan(body[i].Text, "body", i);
        for (var i = 0; i < notes.Count; i++) Scan(notes[i].Text, "notes", i);
        for (var t = 0; t < tables.Count; t++)
        {
            for (var r = 0; r < tables[t].Rows.Count; r++)
            {
                for (var c = 0; c < tables[t].Rows[r].Cells.Count; c++) Scan(tables[t].Rows[r].Cells[c].Text, "tables", t, r, c);
            }
        }
        return WithIdsShared(found);
    }

    /// <summary>An act cited twice, once with its registration number and once without, has its id at both.</summary>
    private static List<Citation> WithIdsShared(List<Citation> found)
    {
        var ids = found.Where(c => c.Id is not null).GroupBy(c => (c.Kind, c.Date, c.Number)).ToDictionary(g => g.Key, g => g.First().Id);
        return found.Select(c => c.Id is null && ids.TryGetValue((c.Kind, c.Date, c.Number), out var id) ? c with { Id = id } : c).ToList();
    }

    /// <summary>The references in one text, in order; where two readings overlap, the one that starts first (then the longer) stands.</summary>
    public static IReadOnlyList<Citation> InText(string text)
    {
        var matches = CitationPatterns.All(text);
        if (matches.Count == 0) return [];
        var found = new List<Citation>();
        var end = 0;
        foreach (var match in matches.OrderBy(m => m.Index).ThenByDescending(m => m.Length))
        {
            if (match.Index < end) continue;
            if (Read(match, text) is not { } citation) continue;
            end = match.Index + match.Length;
            found.Add(citation);
        }
        return found;
    }

    private static Citation? Read(Match match, string text)
    {
        var kind = CitationPatterns.KindOf(match.Groups["kind"].Value);
        var date = DateOf(match);
        if (kind is null || date is null) return null;
        var issuer = Group(match, "issuer");
        var number = Group(match, "n");
        return new Citation
        {
            Kind = kind,
            Issuer = issuer,
            Date = date,
            Number = number,
            Title = Group(match, "title"),
            Id = AdiletId.Of(kind, issuer, date, number, text[(match.Index + match.Length)..]),
            Text = match.Value,
            In = "",
            Index = 0,
            Start = match.Index,
            Length = match.Length,
        };
    }

    private static string? DateOf(Match match)
    {
        var (year, day) = (match.Groups["y"].Value, match.Groups["d"].Value);
        if (match.Groups["m"].Success) return ActDate.ToIso(year, day, match.Groups["m"].Value);
        return DateOnly.TryParseExact($"{year}-{match.Groups["mm"].Value}-{day}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    private static string? Group(Match match, string name) => match.Groups[name] is { Success: true, Value.Length: > 0 } group ? group.Value.Trim() : null;
}
