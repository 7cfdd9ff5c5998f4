using System.Globalization;
using System.Reflection;
using System.Text;
using DecreeParser.Ingest.Json;
using DecreeParser.Model.Decrees;
using DecreeParser.Model.Files;
using DecreeParser.Model.Twins;

namespace DecreeParser.Cli.Export;

/// <summary>
/// Writes a dataset's files, a decree at a time (nothing but counts is kept between decrees), each
/// to a staged file; <see cref="Commit"/> puts them all in place once every one is whole, so a
/// failed export leaves the previous dataset as it was.
/// </summary>
public sealed class DatasetWriter : IDisposable
{
    public static readonly string[] Schemas = ["decree.schema.json", "measure-line.schema.json", "indicator-line.schema.json", "measure-pair-line.schema.json"];

    private readonly string folder;
    private readonly AtomicFile.Staged decrees, measures, indicators, pairs, amounts, glossary;
    private readonly StreamWriter decreeLines, measureLines, indicatorLines, pairLines;
    private readonly CsvWriter amountRows, glossaryRows;
    private bool committed;

    public DatasetWriter(string folder)
    {
        this.folder = folder;
        decrees = Stage("decrees.jsonl");
        measures = Stage("measures.jsonl");
        indicators = Stage("indicators.jsonl");
        pairs = Stage("measures-kk-ru.jsonl");
        amounts = Stage("amounts.csv");
        glossary = Stage("glossary.csv");
        decreeLines = Lines(decrees);
        measureLines = Lines(measures);
        indicatorLines = Lines(indicators);
        pairLines = Lines(pairs);
        amountRows = new CsvWriter(amounts.Stream);
        amountRows.Row("decree", "language", "measure", "source", "year", "million_tenge", "plan", "group", "budget_programme");
        glossaryRows = new CsvWriter(glossary.Stream);
        glossaryRows.Row("decree", "language", "abbreviation", "expansion");
    }

    public DatasetCounts Counts { get; } = new();

    public int Decrees { get; private set; }

    public void Add(Decree decree, string key)
    {
        Decrees++;
        Counts.Add(decree);
        decreeLines.Write(DecreeJson.SerializeLine(decree));
        decreeLines.Write('\n');
        foreach (var measure in decree.Measures)
        {
            measureLines.Write(ExportJson.Line(MeasureLine.Of(decree, key, measure)));
            measureLines.Write('\n');
            var group = string.Join(" / ", GroupPaths.Of(decree.Sections, measure.Section).Select(GroupPaths.Label));
            foreach (var amount in measure.Financing.Amounts)
            {
                amountRows.Row(key, decree.Language, measure.Id, amount.Source, amount.Year.ToString(CultureInfo.InvariantCulture), amount.MillionTenge.ToString(CultureInfo.InvariantCulture),
                    measure.Plan.ToString(CultureInfo.InvariantCulture), group, measure.BudgetProgramme);
            }
        }
        foreach (var indicator in decree.Indicators)
        {
            indicatorLines.Write(ExportJson.Line(IndicatorLine.Of(decree, key, indicator)));
            indicatorLines.Write('\n');
        }
        foreach (var entry in decree.Glossary) glossaryRows.Row(key, decree.Language, entry.Abbreviation, entry.Expansion);
    }

    /// <summary>Pairs the measures of a decree's Kazakh and Russian texts (both already added) and checks that they agree.</summary>
    public void AddTwins(Decree kk, string kkKey, Decree ru, string ruKey)
    {
        Counts.AddTwins();
        foreach (var pair in MeasurePair.Of(kk, ru))
        {
            var line = MeasurePairLine.Of(kk, kkKey, pair, ru, ruKey);
            Counts.AddPair(line.Agrees);
            pairLines.Write(ExportJson.Line(line));
            pairLines.Write('\n');
        }
    }

    /// <summary>Writes the duplicates list, the datasheet and the schemas, then moves every file into place.</summary>
    public void Commit(IReadOnlyList<DuplicateRow> duplicates)
    {
        // The writers leave their streams open: disposing them flushes what they hold.
        DisposeWriters();
        using var duplicateFile = Stage("duplicates.csv");
        using (var rows = new CsvWriter(duplicateFile.Stream))
        {
            rows.Row("decree", "kept", "dropped", "reason");
            foreach (var row in duplicates) rows.Row(row.Decree, row.Kept, row.Dropped, row.Reason);
        }
        using var datasheet = Stage("datasheet.md");
        datasheet.Stream.Write(Encoding.UTF8.GetBytes(Datasheet.Write(Counts, Decrees, duplicates)));
        var schemas = Schemas.Select(name =>
        {
            var staged = Stage(name);
            using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)!;
            resource.CopyTo(staged.Stream);
            return staged;
        }).ToList();
        try
        {
            foreach (var file in new[] { decrees, measures, indicators, pairs, amounts, glossary, duplicateFile, datasheet }.Concat(schemas)) file.Commit();
            committed = true;
        }
        finally
        {
            schemas.ForEach(s => s.Dispose());
        }
    }

    /// <summary>Without a commit, removes the staged files and leaves the folder as it was.</summary>
    public void Dispose()
    {
        if (!committed) DisposeWriters();
        foreach (var file in new[] { decrees, measures, indicators, pairs, amounts, glossary }) file.Dispose();
    }

    private void DisposeWriters()
    {
        decreeLines.Dispose();
        measureLines.Dispose();
        indicatorLines.Dispose();
        pairLines.Dispose();
        amountRows.Dispose();
        glossaryRows.Dispose();
    }

    private AtomicFile.Staged Stage(string name) => new(Path.Combine(folder, name));

    private static StreamWriter Lines(AtomicFile.Staged file) => new(file.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
}
