using System.Text;
using DecreeParser.Ingest.Json;
using DecreeParser.Model.Decrees;
using DecreeParser.Model.Files;

namespace DecreeParser.Cli.Export;

/// <summary>decrees.jsonl, measures.jsonl, indicators.jsonl and measures-kk-ru.jsonl: one object a line.</summary>
public sealed class JsonLinesFormat : IDatasetFormat
{
    private readonly AtomicFile.Staged decrees, measures, indicators, pairs;
    private readonly StreamWriter decreeLines, measureLines, indicatorLines, pairLines;
    private bool finished;

    public JsonLinesFormat(Func<string, AtomicFile.Staged> stage)
    {
        (decrees, measures, indicators, pairs) = (stage("decrees.jsonl"), stage("measures.jsonl"), stage("indicators.jsonl"), stage("measures-kk-ru.jsonl"));
        (decreeLines, measureLines, indicatorLines, pairLines) = (Lines(decrees), Lines(measures), Lines(indicators), Lines(pairs));
    }

    public IReadOnlyList<AtomicFile.Staged> Files => [decrees, measures, indicators, pairs];

    public void Add(Decree decree, string key)
    {
        Line(decreeLines, DecreeJson.SerializeLine(decree));
        foreach (var measure in decree.Measures) Line(measureLines, ExportJson.Line(MeasureLine.Of(decree, key, measure)));
        foreach (var indicator in decree.Indicators) Line(indicatorLines, ExportJson.Line(IndicatorLine.Of(decree, key, indicator)));
    }

    public void AddPair(MeasurePairLine pair) => Line(pairLines, ExportJson.Line(pair));

    public void Finish()
    {
        // Once: after a commit the files are closed, and a writer disposed again would flush into one.
        if (finished) return;
        finished = true;
        // The writers leave their streams open: disposing them flushes what they hold.
        foreach (var writer in new[] { decreeLines, measureLines, indicatorLines, pairLines }) writer.Dispose();
    }

    public void Dispose()
    {
        Finish();
        foreach (var file in Files) file.Dispose();
    }

    private static void Line(StreamWriter writer, string line)
    {
        writer.Write(line);
        writer.Write('\n');
    }

    private static StreamWriter Lines(AtomicFile.Staged file) => new(file.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
}
