using System.Globalization;
using System.Text.Json.Nodes;
using DecreeParser.Cli;
using DecreeParser.Cli.Export;
using DecreeParser.Tests.Support;
using DuckDB.NET.Data;

namespace DecreeParser.Tests.Cli;

/// <summary>
/// `export --format jsonl,csv,parquet` over the seed, the adilet pages and the two-language plan (the
/// one with indicators), the Parquet read back by DuckDB — the engine analysts load it with — and
/// compared with the JSON Lines and CSV written from the same decrees.
/// </summary>
public sealed class ParquetExportTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly string dataset;
    private readonly DuckDBConnection duck = new("Data Source=:memory:");

    public ParquetExportTests()
    {
        var converted = temp.File("json");
        Assert.Equal(ExitCodes.Success, DecreeCli.Run(
            ["convert", Repository.SeedPath, Repository.File("corpus/adilet"), Repository.File("corpus/plans/P1800000897.years-kk.html"), Repository.File("corpus/plans/P1800000897.years-ru.html"),
             "--out", converted, "--parallelism", "1"],
            TextWriter.Null, TextWriter.Null));
        dataset = temp.File("out");
        Assert.Equal(ExitCodes.Success, DecreeCli.Run(["export", "--in", converted, "--out", dataset, "--format", "jsonl,csv,parquet"], TextWriter.Null, TextWriter.Null));
        duck.Open();
    }

    [Theory]
    [InlineData("decrees.parquet", "decrees.jsonl")]
    [InlineData("measures.parquet", "measures.jsonl")]
    [InlineData("indicators.parquet", "indicators.jsonl")]
    [InlineData("amounts.parquet", "amounts.csv")]
    [InlineData("glossary.parquet", "glossary.csv")]
    public void Each_table_has_the_rows_of_its_text_file(string parquet, string text)
    {
        var lines = File.ReadAllLines(Path.Combine(dataset, text)).Length - (text.EndsWith(".csv", StringComparison.Ordinal) ? 1 : 0);
        Assert.True(lines > 0, text);
        Assert.Equal(lines, Convert.ToInt32(Scalar($"SELECT count(*) FROM '{Table(parquet)}'"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Columns_are_typed_dates_years_money_and_lists()
    {
        var types = Describe("measures.parquet");
        Assert.Equal("INTEGER", types["plan"]);
        Assert.Equal("VARCHAR[]", types["responsible"]);
        Assert.Equal("VARCHAR[]", types["groups"]);
        Assert.StartsWith("DECIMAL", types["million_tenge"], StringComparison.Ordinal);
        Assert.Equal("INTEGER", Describe("amounts.parquet")["year"]);
        Assert.Equal("DATE", Describe("decrees.parquet")["date"]);
        Assert.StartsWith("STRUCT(", Describe("indicators.parquet")["values"], StringComparison.Ordinal);
        // The date decrees.jsonl writes as text ("2016-12-26"), here a DATE.
        var line = File.ReadAllLines(Path.Combine(dataset, "decrees.jsonl")).Select(l => JsonNode.Parse(l)!).First(d => (string?)d["id"] == "V1600014606" && (string?)d["language"] == "kk");
        Assert.Equal(DateOnly.ParseExact((string)line["date"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture), Scalar($"SELECT date FROM '{Table("decrees.parquet")}' WHERE decree = 'V1600014606'"));
    }

    [Fact]
    public void Values_are_those_of_the_csv_and_the_json_lines()
    {
        // Money: the sum of every amount, to the last digit the CSV writes.
        var csv = File.ReadAllLines(Path.Combine(dataset, "amounts.csv")).Skip(1).Sum(line => decimal.Parse(line.Split(',')[5], CultureInfo.InvariantCulture));
        Assert.Equal(csv, Convert.ToDecimal(Scalar($"SELECT sum(million_tenge) FROM '{Table("amounts.parquet")}'"), CultureInfo.InvariantCulture));

        // A measure's responsible bodies, in order, as measures.jsonl gives them.
        var measures = File.ReadAllLines(Path.Combine(dataset, "measures.jsonl")).Select(line => ExportJson.ReadMeasure(line)!).ToList();
        var measure = measures.First(m => m.Responsible.Count > 1 && m.Deadline.From is not null);
        var where = $"FROM '{Table("measures.parquet")}' WHERE decree = '{measure.Decree}' AND id = '{measure.Id}'";
        Assert.Equal(string.Join("|", measure.Responsible.Select(p => p.Code ?? p.Text)), Scalar($"SELECT array_to_string(responsible, '|') {where}"));
        Assert.Equal(measure.Deadline.From, Scalar($"SELECT deadline_from {where}"));
        Assert.Equal(measures.Count(m => m.Language == "ru"), Convert.ToInt32(Scalar($"SELECT count(*) FROM '{Table("measures.parquet")}' WHERE language = 'ru'"), CultureInfo.InvariantCulture));

        // An indicator's values by year, the number read from a decimal comma.
        var values = Scalar($"SELECT count(*) FROM (SELECT unnest(\"values\") AS v FROM '{Table("indicators.parquet")}') WHERE v.value IS NOT NULL");
        Assert.True(Convert.ToInt32(values, CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public void Parquet_alone_writes_no_json_lines_and_an_unknown_format_is_refused()
    {
        var only = temp.File("only");
        Assert.Equal(ExitCodes.Success, DecreeCli.Run(["export", "--in", temp.File("json"), "--out", only, "--format", "parquet"], TextWriter.Null, TextWriter.Null));
        Assert.True(File.Exists(Path.Combine(only, "measures.parquet")));
        Assert.False(File.Exists(Path.Combine(only, "measures.jsonl")));
        Assert.Contains("measures.parquet", File.ReadAllText(Path.Combine(only, "datasheet.md")), StringComparison.Ordinal);

        var error = new StringWriter();
        Assert.Equal(ExitCodes.NothingDone, DecreeCli.Run(["export", "--in", temp.File("json"), "--out", temp.File("xml"), "--format", "jsonl,xml"], TextWriter.Null, error));
        Assert.Contains("unknown format \"xml\" (known: jsonl, csv, parquet, akn)", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("xml")));
    }

    private string Table(string file) => Path.Combine(dataset, file);

    private object? Scalar(string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private Dictionary<string, string> Describe(string file)
    {
        using var command = duck.CreateCommand();
        command.CommandText = $"DESCRIBE SELECT * FROM '{Table(file)}'";
        using var reader = command.ExecuteReader();
        var types = new Dictionary<string, string>();
        while (reader.Read()) types[reader.GetString(0)] = reader.GetString(1);
        return types;
    }

    public void Dispose()
    {
        duck.Dispose();
        temp.Dispose();
    }
}
