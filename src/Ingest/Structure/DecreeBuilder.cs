using DecreeParser.Ingest.Pipeline;
using DecreeParser.Ingest.Repair;
using DecreeParser.Ingest.Structure.Amendments;
using DecreeParser.Ingest.Structure.Citations;
using DecreeParser.Ingest.Structure.Plans;
using DecreeParser.Ingest.Structure.Tree;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Turns a document's blocks into a <see cref="Decree"/>: repair first, then the glossary (measures
/// need it to resolve their responsible bodies), the head, the operative part and the plans.
/// </summary>
public static class DecreeBuilder
{
    /// <param name="times">Where each stage's time is added, when it is measured.</param>
    public static Decree Build(BlockDocument document, StageTimes? times = null)
    {
        var repairs = new RepairLog();
        var warnings = new WarningLog();
        foreach (var repair in document.Repairs) repairs.Record(repair.Kind, repair.Before, repair.After, repair.Location);
        if (document.Repairs.Count(r => r.Kind == RepairKinds.InvalidByte) is > 0 and var invalid)
        {
            var first = document.Repairs.First(r => r.Kind == RepairKinds.InvalidByte);
            warnings.Add(WarningCodes.InvalidBytes, $"{invalid} byte sequence(s) were not valid in the file's encoding and were read as U+FFFD (first at byte {first.Location.Offset}); see the invalidByte repairs", first.Location);
        }
        var blocks = new BlockRepairer().Repair(document.Blocks, repairs);
        times?.Lap("repairs");

        var glossary = GlossaryParser.Parse(blocks);
        var resolver = new AbbreviationResolver(glossary.Select(entry => entry.Entry));
        foreach (var (written, code) in resolver.CorrectedKeys)
        {
            var location = glossary.First(entry => entry.Entry.Abbreviation == written).Location;
            repairs.Record(RepairKinds.GlossaryKey, written, code, location);
        }

        var metadata = MetadataParser.Parse(blocks, document.Source, warnings);
        times?.Lap("glossary, metadata");
        var responsible = new ResponsibleParser(resolver, repairs, warnings);
        var plans = new PlanReader(metadata.Id, new FinancingParser(resolver.Entries), responsible, repairs, warnings).Read(blocks);
        times?.Lap("plans");

        var body = BodyExport.Body(blocks);
        var notes = BodyExport.Notes(blocks);
        var tables = TableExport.From(blocks, plans.HeaderRows);
        var paragraphs = OperativeParagraphParser.Parse(blocks);
        var signatory = SignatoryParser.Parse(blocks);
        times?.Lap("body, tables, points, signatory");
        var structure = ActTreeBuilder.Build(blocks);
        times?.Lap("act tree");
        var citations = CitationFinder.Find(body, notes, tables, metadata.Date, metadata.Number);
        times?.Lap("citations");
        var amendments = AmendmentReader.Read(structure);
        var history = NoteHistory.Read(notes, structure, citations);
        times?.Lap("amendments, history");
        return new Decree
        {
            Id = metadata.Id,
            Language = metadata.Language,
            Kind = metadata.Kind,
            Issuer = metadata.Issuer,
            Number = metadata.Number,
            Date = metadata.Date,
            Title = metadata.Title,
            Source = document.Source,
            Status = document.Status,
            Body = body,
            Notes = notes,
            Paragraphs = paragraphs,
            Structure = structure,
            Signatory = signatory,
            Amendments = amendments,
            History = history,
            Citations = citations,
            Plans = plans.Plans,
            Sections = plans.Sections,
            Measures = plans.Measures,
            Totals = plans.Totals,
            Indicators = plans.Indicators,
            Tables = tables,
            Glossary = resolver.Entries,
            Repairs = repairs.Entries,
            Warnings = warnings.Entries,
        };
    }
}
