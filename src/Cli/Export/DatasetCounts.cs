using DecreeParser.Model.Decrees;

namespace DecreeParser.Cli.Export;

/// <summary>What the datasheet reports of a dataset, counted as its decrees are written.</summary>
public sealed class DatasetCounts
{
    public SortedDictionary<string, int> DecreesByLanguage { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> DecreesByFormat { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> PipelineVersions { get; } = new(StringComparer.Ordinal);

    public int OcrDecrees { get; private set; }

    public int Measures { get; private set; }

    public SortedDictionary<string, int> DeadlineKinds { get; } = new(StringComparer.Ordinal);

    public int ResponsibleUnresolved { get; private set; }

    public int Responsible { get; private set; }

    /// <summary>Amount rows and their sum in million tenge, by source ("" for none named).</summary>
    public SortedDictionary<string, (int Rows, decimal MillionTenge)> AmountsBySource { get; } = new(StringComparer.Ordinal);

    public int Amounts => AmountsBySource.Values.Sum(v => v.Rows);

    public int GlossaryEntries { get; private set; }

    public int Plans { get; private set; }

    public int Groups { get; private set; }

    public int Indicators { get; private set; }

    public int Totals { get; private set; }

    public int TotalsMatching { get; private set; }

    /// <summary>Decrees whose Kazakh and Russian texts are both in the dataset.</summary>
    public int TwinDecrees { get; private set; }

    /// <summary>Lines of measures-kk-ru.jsonl, and those whose two texts differ.</summary>
    public int MeasurePairs { get; private set; }

    public int PairsDisagreeing { get; private set; }

    public void AddTwins() => TwinDecrees++;

    public void AddPair(bool agrees)
    {
        MeasurePairs++;
        if (!agrees) PairsDisagreeing++;
    }

    public SortedDictionary<string, int> WarningsByCode { get; } = new(StringComparer.Ordinal);

    public int Repairs { get; private set; }

    public void Add(Decree decree)
    {
        Increment(DecreesByLanguage, decree.Language);
        Increment(DecreesByFormat, decree.Source.Format);
        PipelineVersions.Add(decree.PipelineVersion ?? "(not recorded)");
        if (decree.Source.OcrPages > 0) OcrDecrees++;
        Measures += decree.Measures.Count;
        foreach (var measure in decree.Measures)
        {
            Increment(DeadlineKinds, Model.Decrees.DeadlineKinds.Name(measure.Deadline.Kind));
            Responsible += measure.Responsible.Count;
            ResponsibleUnresolved += measure.Responsible.Count(r => r.Code is not null && r.Expansion is null);
            foreach (var amount in measure.Financing.Amounts)
            {
                var (rows, sum) = AmountsBySource.GetValueOrDefault(amount.Source ?? "");
                AmountsBySource[amount.Source ?? ""] = (rows + 1, sum + amount.MillionTenge);
            }
        }
        GlossaryEntries += decree.Glossary.Count;
        Plans += decree.Plans.Count;
        Groups += decree.Sections.Count;
        Indicators += decree.Indicators.Count;
        Totals += decree.Totals.Count;
        TotalsMatching += decree.Totals.Count(t => t.Matches);
        foreach (var warning in decree.Warnings) Increment(WarningsByCode, warning.Code);
        Repairs += decree.Repairs.Count;
    }

    private static void Increment(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
