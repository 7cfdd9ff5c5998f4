using System.Text.RegularExpressions;
using DecreeParser.Ingest.Repair;
using DecreeParser.Model;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Splits a "responsible" cell into parties and resolves each through the glossary.
/// Parties are separated by commas outside brackets, and by "және" where one side is an
/// abbreviation ("ЖАО және ұйымдар"; "мүдделі органдар және ұйымдар" stays one party).
/// "(келісу бойынша)" and "(ПӘ-мен келісу бойынша)" mark the party before them as acting by
/// agreement; where a comma strayed in front of the bracket ("БП, (келісу бойынша) ЭТҚ") the
/// bracket still belongs to the party before the comma, and that reading is logged as a repair.
/// </summary>
public sealed partial class ResponsibleParser(AbbreviationResolver resolver, RepairLog repairs, WarningLog warnings)
{
    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);

    // A plan names the same bodies in many rows ("ІІМ", "ЖАО"): a cell whose reading logged no repair
    // and no warning reads the same wherever it stands, and is read once a decree. A cell that did log
    // is read again at each place, so that each place is logged.
    private readonly Dictionary<string, IReadOnlyList<ResponsibleParty>> _quiet = new(StringComparer.Ordinal);

    public IReadOnlyList<ResponsibleParty> Parse(string cell, SourceLocation location)
    {
        if (_quiet.TryGetValue(cell, out var known)) return known;
        var (repaired, warned) = (repairs.Entries.Count, warnings.Entries.Count);
        var parties = Read(cell, location);
        if (repairs.Entries.Count == repaired && warnings.Entries.Count == warned) _quiet[cell] = parties;
        return parties;
    }

    private List<ResponsibleParty> Read(string cell, SourceLocation location)
    {
        var parties = new List<ResponsibleParty>();
        foreach (var rawSegment in SplitOutsideBrackets(cell))
        {
            var segment = rawSegment;
            if (LeadingAgreement().Match(segment) is { Success: true } stray && parties.Count > 0)
            {
                parties[^1] = WithAgreement(parties[^1], stray.Groups["agreement"].Value);
                repairs.Record(RepairKinds.AgreementReattached, $"{parties[^1].Text}, {stray.Value.Trim()}", $"{parties[^1].Text} {stray.Value.Trim()},", location);
                segment = segment[stray.Length..].Trim();
            }
            string? agreement = null;
            // Only a segment that ends in a bracket can end in an agreement: elsewhere the pattern,
            // anchored at the end only, was tried from every space of the segment.
            if (segment.AsSpan().TrimEnd().EndsWith(')') && TrailingAgreement().Match(segment) is { Success: true } trailing)
            {
                agreement = trailing.Groups["agreement"].Value;
                segment = segment[..trailing.Index].Trim();
            }
            var pieces = SplitAtConjunction(segment);
            for (var i = 0; i < pieces.Count; i++)
            {
                var party = Resolve(pieces[i], location);
                parties.Add(i == pieces.Count - 1 && agreement is not null ? WithAgreement(party, agreement) : party);
            }
        }
        return parties;
    }

    private ResponsibleParty Resolve(string text, SourceLocation location)
    {
        var resolution = resolver.Resolve(text);
        // A code OCR read in small letters ("им" for "ІМ"): a short lowercase party is no word of its own.
        if (resolution.Code is null && text.Length is >= 2 and <= 4 && text.All(char.IsLower)) resolution = resolver.Resolve(text.ToUpperInvariant());
        if (resolution.Code is { } code)
        {
            if (code != text) repairs.Record(RepairKinds.AbbreviationVariant, text, code, location);
            return new ResponsibleParty(text, code, resolution.Expansion, false, null);
        }
        if (AbbreviationResolver.LooksLikeAbbreviation(text) && _warned.Add(text))
        {
            var (warning, why) = resolution.Ambiguous
                ? (WarningCodes.AmbiguousAbbreviation, "is one letter confusion away from more than one glossary entry")
                : (WarningCodes.UndefinedAbbreviation, "is not in the decree's glossary");
            warnings.Add(warning, $"\"{text}\" {why}; left unresolved", location);
        }
        return new ResponsibleParty(text, null, null, false, null);
    }

    private ResponsibleParty WithAgreement(ResponsibleParty party, string agreement)
    {
        var with = AgreementWith().Match(agreement) is { Success: true } match ? match.Groups["with"].Value : null;
        var withCode = with is null ? null : resolver.Resolve(with).Code ?? with;
        return party with { ByAgreement = true, AgreementWith = withCode };
    }

    private List<string> SplitAtConjunction(string segment)
    {
        var pieces = Conjunction().Split(segment);
        if (pieces.Length == 1 || !pieces.Any(piece => AbbreviationResolver.LooksLikeAbbreviation(piece) || resolver.Resolve(piece).Code is not null))
        {
            return segment.Length == 0 ? [] : [segment];
        }
        return [.. pieces.Where(piece => piece.Length > 0)];
    }

    private static IEnumerable<string> SplitOutsideBrackets(string cell)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < cell.Length; i++)
        {
            depth += cell[i] switch { '(' => 1, ')' => depth > 0 ? -1 : 0, _ => 0 };
            if (depth == 0 && cell[i] is ',' or ';')
            {
                if (cell[start..i].Trim() is { Length: > 0 } part) yield return part;
                start = i + 1;
            }
        }
        if (cell[start..].Trim() is { Length: > 0 } last) yield return last;
    }

    private const string Agreement = @"\((?<agreement>(?:[^()]*?\s*)?(?:келісу\s+бойынша|по\s+согласованию(?:\s+с\s+[^()]+)?))\)";

    [GeneratedRegex(@"^\s*" + Agreement + @"\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAgreement();

    [GeneratedRegex(@"\s*" + Agreement + @"\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAgreement();

    [GeneratedRegex(@"^(?<with>\S+?)[-‐](?:мен|бен|пен)\s|^по\s+согласованию\s+с\s+(?<with>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AgreementWith();

    [GeneratedRegex(@"\s+(?:және|и)\s+")]
    private static partial Regex Conjunction();
}
