using DecreeParser.Model;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure.Tree;

/// <summary>
/// Reads the act's tree from its blocks in one pass, as Laws.Africa's bluebell reads a text: a
/// paragraph that opens a unit (<see cref="UnitMarker"/>) closes every open unit of its rank or
/// below and opens under the one left; any other paragraph is more text of the innermost open unit.
/// Quoted new wording stays in the instruction that quotes it, a table of contents is passed over,
/// an appendix's label starts a tree of its own, the signature closes the act's units, a table
/// stands in the unit it follows, and a publisher's note goes to the open unit it names (else the
/// innermost open division), marking it repealed where it says so.
/// </summary>
public sealed class ActTreeBuilder
{
    private readonly List<UnitNode> _roots = [];
    private readonly List<UnitNode> _open = [];
    private bool _inQuote;
    private bool _appendixAwaitsHeading;
    private (UnitNode Unit, int Index)? _noteAwaitsBody;
    // The paragraphs of plain text added to a unit since its marker: an intro to a list that restarts its numbering, perhaps.
    private (UnitNode Unit, int From, SourceLocation Location)? _trailing;
    private int _tables;

    public static IReadOnlyList<ActUnit> Build(IReadOnlyList<Block> blocks)
    {
        var builder = new ActTreeBuilder();
        var contents = TableOfContents.Find(blocks.Select(Text).ToList());
        for (var i = 0; i < blocks.Count; i++)
        {
            if (contents is { } range && i >= range.Start && i < range.End) continue;
            builder.Accept(blocks[i]);
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        return builder._roots.Select(root =>
        {
            ordinals[root.Kind] = ordinals.GetValueOrDefault(root.Kind) + 1;
            return root.Freeze(null, ordinals[root.Kind], ids);
        }).ToList();
    }

    private static string? Text(Block block) => block switch
    {
        ParagraphBlock paragraph => paragraph.Text,
        HeadingBlock heading => heading.Text,
        _ => null,
    };

    private UnitNode? Innermost => _open.Count == 0 ? null : _open[^1];

    private void Accept(Block block)
    {
        switch (block)
        {
            case NoteBlock note:
                AttachNote(note.Text);
                break;
            case TableBlock table:
                _tables++;
                AcceptTable(table);
                break;
            default:
                if (Text(block) is { Length: > 0 } text) AcceptText(text, block is HeadingBlock, block.Location);
                break;
        }
    }

    /// <summary>
    /// A table stands in the innermost open unit; but a table that only sets the signature closes the
    /// act's units, and one whose cells only hold an appendix's label (set to the right in a
    /// borderless table) opens the appendix.
    /// </summary>
    private void AcceptTable(TableBlock table)
    {
        var cells = table.Rows.SelectMany(row => row.Cells).Select(cell => cell.Text).Where(text => text.Length > 0).ToList();
        if (cells.Count == 1 && AppendixStart.Is(cells[0], out var number, out var label)) OpenAppendix(number, label, table.Location);
        else if (!InAppendix && SignatoryParser.IsSignature(table)) _open.Clear();
        else Innermost?.Children.Add(new UnitNode(UnitKinds.Table, null, null, null, table.Location) { Table = _tables });
    }

    private void AcceptText(string text, bool isHeading, SourceLocation location)
    {
        if (_inQuote || QuotedWording.Opens(text))
        {
            Innermost?.Text.Add(text);
            if (QuotedWording.Unpaired(text)) _inQuote = !_inQuote;
            return;
        }
        if (_noteAwaitsBody is { } awaiting)
        {
            // "РҚАО-ның ескертпесі!" / "Примечание РЦПИ!" heads the note the next paragraph says.
            awaiting.Unit.Notes[awaiting.Index] += " " + text;
            _noteAwaitsBody = null;
            return;
        }
        if (PublisherNote.Is(text))
        {
            AttachNote(text);
            return;
        }
        if (AppendixStart.Is(text, out var number, out var label))
        {
            OpenAppendix(number, label, location);
            return;
        }
        var start = UnitMarker.Read(text);
        if (start is null || (start.Kind == UnitKinds.Indent && Innermost is null))
        {
            if (_appendixAwaitsHeading && isHeading) Innermost!.Heading = text;
            else if (InAppendix || !SignatoryParser.IsPosition(text)) AddText(text, location);
            else CloseAtSignature();
            _appendixAwaitsHeading &= !isHeading;
            return;
        }
        _appendixAwaitsHeading = false;
        var rank = UnitKinds.Rank(start.Kind);
        while (_open.Count > 0 && _open[^1].Rank >= rank && _open[^1].Kind != UnitKinds.Appendix) _open.RemoveAt(_open.Count - 1);
        if (Innermost is { } parent && start.Number is not null && parent.Children.Any(child => child.Kind == start.Kind && child.Number == start.Number)) OpenListAfterIntro(parent);
        _trailing = null;
        var unit = new UnitNode(start.Kind, start.Num, start.Number, start.Heading, location) { Repealed = RepealedWording.Is(start.Heading ?? start.Text) };
        if (start.Text is { Length: > 0 } own) unit.Text.Add(own);
        (Innermost?.Children ?? _roots).Add(unit);
        _open.Add(unit);
    }

    /// <summary>
    /// Numbering that starts again ("1)" where the unit already holds a "1)") after words of the
    /// unit's own that end in a colon: those words open a list of the new points ("Местные
    /// исполнительные органы районов …:"), taken back from the point they were added to.
    /// </summary>
    private void OpenListAfterIntro(UnitNode parent)
    {
        if (_trailing is not { } trailing || trailing.Unit.Text.Count <= trailing.From || !trailing.Unit.Text[^1].EndsWith(':')) return;
        var list = new UnitNode(UnitKinds.List, null, null, null, trailing.Location, parent.Rank);
        list.Text.AddRange(trailing.Unit.Text.Skip(trailing.From));
        trailing.Unit.Text.RemoveRange(trailing.From, trailing.Unit.Text.Count - trailing.From);
        parent.Children.Add(list);
        _open.Add(list);
    }

    /// <summary>More text of the innermost unit; a unit whose only text is its repeal ("(Статья исключена Законом РК …)") is repealed.</summary>
    private void AddText(string text, SourceLocation location)
    {
        if (Innermost is not { } unit) return;
        _trailing ??= (unit, unit.Text.Count, location);
        if (unit.Text.Count == 0 && unit.Children.Count == 0 && RepealedWording.Is(text)) unit.Repealed = true;
        unit.Text.Add(text);
    }

    private bool InAppendix => _open.Count > 0 && _open[0].Kind == UnitKinds.Appendix;

    private void OpenAppendix(string? number, string? label, SourceLocation location)
    {
        // "Приложение 1 к приказу …" over "Утвержден приказом …": one appendix, two labels.
        if (_appendixAwaitsHeading && Innermost is { Kind: UnitKinds.Appendix, Text.Count: 0, Children.Count: 0 }) return;
        var appendix = new UnitNode(UnitKinds.Appendix, label, number, null, location);
        _roots.Add(appendix);
        _open.Clear();
        _open.Add(appendix);
        _appendixAwaitsHeading = true;
    }

    /// <summary>The signature ends the act's units; a position set over two lines ("Қазақстан Республикасының" / "Президенті") takes its first line back.</summary>
    private void CloseAtSignature()
    {
        if (Innermost is { Text: [.., var last] } unit && last.Length <= MaxPositionStart && !last.EndsWith('.') && !last.EndsWith(';')) unit.Text.RemoveAt(unit.Text.Count - 1);
        _open.Clear();
    }

    private const int MaxPositionStart = 40;

    private void AttachNote(string note)
    {
        var named = NoteTarget.Named(note);
        var target = named is { } name ? _open.LastOrDefault(unit => unit.Kind == name.Kind && unit.Number == name.Number) : null;
        target ??= _open.LastOrDefault(unit => UnitKinds.IsDivision(unit.Kind)) ?? Innermost;
        if (target is null) return;
        target.Notes.Add(note);
        if (note.TrimEnd().EndsWith('!')) _noteAwaitsBody = (target, target.Notes.Count - 1);
        if (named is not null && target.Number == named.Value.Number && NoteTarget.Repeals(note) && target.Text.Count == 0) target.Repealed = true;
    }
}
