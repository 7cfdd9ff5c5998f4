using DecreeParser.Ingest.Structure.Citations;
using DecreeParser.Ingest.Structure.Tree;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Amendments;

/// <summary>
/// Reads an amending act's instructions from its tree. A unit whose text opens the instructions
/// ("Внести в Закон … от 5 октября 1994 г. "…" следующие изменения:") names the act amended; every
/// line after it in that unit and in the units it holds is an instruction (<see cref="InstructionVerb"/>)
/// or names the unit the next lines speak of ("в статье 1:"); a new wording quoted after an
/// instruction that ends in a colon is that instruction's.
/// </summary>
public static class AmendmentReader
{
    public static IReadOnlyList<Amendment> Read(IReadOnlyList<ActUnit> structure)
    {
        var amendments = new List<Amendment>();
        foreach (var unit in structure) Visit(unit, target: null, amendments);
        return amendments;
    }

    private static void Visit(ActUnit unit, AmendedAct? target, List<Amendment> amendments)
    {
        var lines = unit.Text?.Split('\n') ?? [];
        var lead = Array.FindIndex(lines, InstructionVerb.Leads);
        if (lead >= 0 && CitationFinder.InText(lines[lead]) is [var cited, ..])
        {
            target = AmendedAct.Of(cited);
        }
        if (target is not null) amendments.AddRange(new UnitInstructions(unit, target).Read(lines.Skip(lead + 1)));
        foreach (var child in unit.Children) Visit(child, target, amendments);
    }

    /// <summary>The instructions of one unit's lines, the unit they name carried from line to line.</summary>
    private sealed class UnitInstructions(ActUnit unit, AmendedAct target)
    {
        private readonly List<Amendment> _read = [];
        private AmendedUnitReference _context = AmendedUnitReference.None;
        // The instruction awaiting its quoted wording, by its place among those read, and the lines quoted so far.
        private (int At, List<string> Quoted)? _awaiting;
        private bool _inQuote;

        public List<Amendment> Read(IEnumerable<string> lines)
        {
            foreach (var line in lines) Accept(line);
            Settle();
            return _read;
        }

        private void Accept(string line)
        {
            if (_awaiting is { } awaiting && (_inQuote || QuotedWording.Opens(line)))
            {
                awaiting.Quoted.Add(line);
                _inQuote = !QuotedWording.Ends(line, first: awaiting.Quoted.Count == 1);
                if (!_inQuote) Settle(keepAwaiting: true);
                return;
            }
            Settle();
            var unquoted = QuotedWords.Unquoted(line);
            if (InstructionVerb.Find(line) is not var (action, verb))
            {
                if (AmendedUnitReference.Read(unquoted) is { IsEmpty: false } named) _context = named.Within(_context);
                return;
            }
            var reference = AmendedUnitReference.Read(unquoted[..Math.Min(verb.Index, unquoted.Length)]).Within(_context);
            var (before, after) = QuotedWords.AroundVerb(line, verb.Index);
            var (old, @new) = action switch
            {
                AmendmentActions.Replace or AmendmentActions.Insert when after.Count > 0 => (before, after),
                AmendmentActions.Delete => ([.. before, .. after], []),
                // Quoted before "изложить" / "редакцияда жазылсын" is the unit's name ("7 "Ескерту" деген баған").
                AmendmentActions.Rewrite => ([], after),
                _ => ((IReadOnlyList<string>)[], (IReadOnlyList<string>)[.. before, .. after]),
            };
            // A unit no reference form names (a column, a row of a list) is given as the instruction words it.
            var written = reference.Written ?? (action == AmendmentActions.Insert ? null : Unnamed(line[..verb.Index]));
            var instruction = new Amendment
            {
                Id = $"{unit.Id}__mod_{_read.Count + 1}",
                Target = target,
                Unit = written,
                UnitId = reference.EId(),
                Action = action,
                Old = old,
                New = @new,
                Text = line,
                Location = unit.Location,
            };
            _read.Add(instruction);
            if (line.TrimEnd().EndsWith(':')) _awaiting = (_read.Count - 1, []);
        }

        private static string? Unnamed(string words) => words.Trim() is { Length: > 0 } trimmed ? trimmed : null;

        /// <summary>The quoted wording read so far goes into the instruction awaiting it.</summary>
        private void Settle(bool keepAwaiting = false)
        {
            if (_awaiting is { Quoted.Count: > 0 } awaiting)
            {
                _read[awaiting.At] = _read[awaiting.At] with { New = [.. _read[awaiting.At].New, QuotedWords.Wording(awaiting.Quoted)] };
                _awaiting = keepAwaiting ? (awaiting.At, []) : null;
                return;
            }
            if (!keepAwaiting) _awaiting = null;
        }
    }
}
