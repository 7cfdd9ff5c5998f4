using DecreeParser.Model.Decrees;
using DecreeParser.Model.Files;

namespace DecreeParser.Cli.Export.Parquet;

/// <summary>
/// decrees, measures, amounts, glossary and indicators as typed Parquet (Parquet.Net): dates as
/// dates, years as integers, money as decimals, lists as lists; the same rows as the JSON Lines and
/// CSV files, for DuckDB, Spark and BigQuery.
/// </summary>
public sealed class ParquetFormat(Func<string, AtomicFile.Staged> stage) : IDatasetFormat
{
    private readonly ParquetTable<DecreeRow> decrees = new(stage("decrees.parquet"));
    private readonly ParquetTable<MeasureRow> measures = new(stage("measures.parquet"));
    private readonly ParquetTable<AmountRow> amounts = new(stage("amounts.parquet"));
    private readonly ParquetTable<GlossaryRow> glossary = new(stage("glossary.parquet"));
    private readonly ParquetTable<IndicatorRow> indicators = new(stage("indicators.parquet"));

    public IReadOnlyList<AtomicFile.Staged> Files => [decrees.File, measures.File, amounts.File, glossary.File, indicators.File];

    public void Add(Decree decree, string key)
    {
        decrees.Add(DecreeRow.Of(decree, key));
        measures.AddRange(decree.Measures.Select(m => MeasureRow.Of(decree, key, m)));
        amounts.AddRange(AmountRows.Of(decree, key));
        glossary.AddRange(decree.Glossary.Select(e => new GlossaryRow { Decree = key, Language = decree.Language, Abbreviation = e.Abbreviation, Expansion = e.Expansion }));
        indicators.AddRange(decree.Indicators.Select(i => IndicatorRow.Of(decree, key, i)));
    }

    public void Finish()
    {
        decrees.Flush();
        measures.Flush();
        amounts.Flush();
        glossary.Flush();
        indicators.Flush();
    }

    public void Dispose()
    {
        foreach (var file in Files) file.Dispose();
    }
}
