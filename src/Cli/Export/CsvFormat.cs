using System.Globalization;
using DecreeParser.Model.Decrees;
using DecreeParser.Model.Files;

namespace DecreeParser.Cli.Export;

/// <summary>amounts.csv (an amount a measure plans, by source and year) and glossary.csv.</summary>
public sealed class CsvFormat : IDatasetFormat
{
    private readonly AtomicFile.Staged amounts, glossary;
    private readonly CsvWriter amountRows, glossaryRows;
    private bool finished;

    public CsvFormat(Func<string, AtomicFile.Staged> stage)
    {
        (amounts, glossary) = (stage("amounts.csv"), stage("glossary.csv"));
        amountRows = new CsvWriter(amounts.Stream);
        amountRows.Row("decree", "language", "measure", "source", "year", "million_tenge", "plan", "group", "budget_programme");
        glossaryRows = new CsvWriter(glossary.Stream);
        glossaryRows.Row("decree", "language", "abbreviation", "expansion");
    }

    public IReadOnlyList<AtomicFile.Staged> Files => [amounts, glossary];

    public void Add(Decree decree, string key)
    {
        foreach (var row in AmountRows.Of(decree, key))
        {
            amountRows.Row(row.Decree, row.Language, row.Measure, row.Source, row.Year.ToString(CultureInfo.InvariantCulture), row.MillionTenge.ToString(CultureInfo.InvariantCulture),
                row.Plan.ToString(CultureInfo.InvariantCulture), row.Group, row.BudgetProgramme);
        }
        foreach (var entry in decree.Glossary) glossaryRows.Row(key, decree.Language, entry.Abbreviation, entry.Expansion);
    }

    public void Finish()
    {
        // Once: after a commit the files are closed, and a writer disposed again would flush into one.
        if (finished) return;
        finished = true;
        amountRows.Dispose();
        glossaryRows.Dispose();
    }

    public void Dispose()
    {
        Finish();
        amounts.Dispose();
        glossary.Dispose();
    }
}
