using System.CommandLine;
using System.Globalization;
using DecreeParser.Cli.Search;
using DecreeParser.Ingest.Reading;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Cli.Export;

/// <summary>
/// `decree export --in &lt;json dir&gt; --out &lt;dir&gt;`: the converted decrees as a dataset — decrees.jsonl,
/// measures.jsonl, indicators.jsonl, measures-kk-ru.jsonl (a decree's Kazakh and Russian measures side by side), amounts.csv, glossary.csv, duplicates.csv, datasheet.md and the JSON Schemas;
/// with `--format …,parquet`, the same rows as typed Parquet too.
/// Copies of one decree are chosen between by <see cref="DuplicateRule"/>; decrees are written in
/// key order, so the same inputs give byte-identical files.
/// </summary>
public static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Option<string>("--in") { Required = true, Description = "The folder of JSON files `decree convert` wrote." };
        var outDir = new Option<string>("--out") { Required = true, Description = "The folder for the dataset." };
        var format = new Option<string>("--format") { Description = "Comma-separated formats: jsonl, csv, parquet, akn (one Akoma Ntoso file a decree).", DefaultValueFactory = _ => DatasetFormatNames.Default };
        var command = new Command("export", "Write the converted decrees as a dataset: JSON Lines, CSV or Parquet, a datasheet and the schemas.") { input, outDir, format };
        command.SetAction(parsed => Run(parsed.GetValue(input)!, parsed.GetValue(outDir)!, output, error, parsed.GetValue(format)!));
        return command;
    }

    public static int Run(string inDir, string outDir, TextWriter output, TextWriter error, string formatList = DatasetFormatNames.Default)
    {
        DatasetFormats formats;
        try
        {
            formats = DatasetFormatNames.Parse(formatList);
        }
        catch (FormatException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.NothingDone;
        }
        if (!Directory.Exists(inDir))
        {
            error.WriteLine($"error: {inDir}: no such folder");
            return ExitCodes.NothingDone;
        }
        if (Path.GetFullPath(inDir).TrimEnd('/') == Path.GetFullPath(outDir).TrimEnd('/'))
        {
            error.WriteLine($"error: {outDir}: the dataset cannot go into the folder it is read from");
            return ExitCodes.NothingDone;
        }

        // First pass: what each file is, to choose between copies; no decree is kept.
        var candidates = new List<ExportCandidate>();
        var failed = 0;
        foreach (var file in InputFiles.Expand([inDir], ".json", excluded: outDir))
        {
            try
            {
                candidates.Add(ExportCandidate.Of(Name(inDir, file), DecreeFiles.ReadJson(file)));
            }
            catch (DecreeInputException e)
            {
                failed++;
                error.WriteLine($"error: {e.Message}");
            }
        }
        if (candidates.Count == 0)
        {
            error.WriteLine($"error: {inDir}: no decree JSON to export");
            return ExitCodes.NothingDone;
        }

        var kept = new List<ExportCandidate>();
        var duplicates = new List<DuplicateRow>();
        foreach (var copies in candidates.GroupBy(c => c.Key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var (chosen, dropped) = DuplicateRule.Choose([.. copies]);
            kept.Add(chosen);
            duplicates.AddRange(dropped.Select(d => new DuplicateRow(copies.Key, chosen.File, d.Dropped.File, d.Reason)));
        }

        try
        {
            Directory.CreateDirectory(outDir);
            using var writer = new DatasetWriter(outDir, formats);
            // Keys in order put a decree's Russian text ("X.ru") right after its Kazakh one ("X"): only the last Kazakh text is held.
            (Decree Decree, string Key)? kazakh = null;
            foreach (var candidate in kept)
            {
                var decree = DecreeFiles.ReadJson(Path.Combine(inDir, candidate.File));
                writer.Add(decree, candidate.Key);
                if (DecreeKey.LanguageOf(candidate.Key) == DecreeKey.DefaultLanguage) kazakh = (decree, candidate.Key);
                else if (kazakh is { } twin && DecreeKey.Twin(candidate.Key) == twin.Key) writer.AddTwins(twin.Decree, twin.Key, decree, candidate.Key);
            }
            writer.Commit(duplicates);
            Report(writer, duplicates, outDir, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The staged files are removed; a dataset already there stays as it was.
            error.WriteLine($"error: {outDir}: the dataset cannot be written there ({e.Message})");
            return ExitCodes.NothingDone;
        }
        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
    }

    private static void Report(DatasetWriter writer, List<DuplicateRow> duplicates, string outDir, TextWriter output)
    {

        var counts = writer.Counts;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"exported {writer.Decrees} decrees, {counts.Measures} measures, {counts.Amounts} amounts, {counts.GlossaryEntries} glossary entries into {outDir}"));
        if (counts.TwinDecrees > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"paired {counts.MeasurePairs} measures of {counts.TwinDecrees} decrees in Kazakh and Russian: {counts.PairsDisagreeing} where the texts differ (measures-kk-ru.jsonl)"));
        }
        foreach (var row in duplicates) output.WriteLine($"left out {row.Dropped} for {row.Kept}: {row.Reason}");
    }

    /// <summary>A file's name as the dataset records it: relative to the exported folder, forward slashes.</summary>
    private static string Name(string inDir, string file) => Path.GetRelativePath(inDir, file).Replace('\\', '/');
}
