using System.Globalization;
using System.Text;

namespace DecreeParser.Cli.Export;

/// <summary>
/// datasheet.md: what an analyst needs to load the dataset without reading our code — its files,
/// every field with type and unit, counts, how copies of one decree were chosen between, the
/// licence of the sources and the known limits. No dates or machine names: the same inputs give
/// the same bytes.
/// </summary>
public static class Datasheet
{
    public static string Write(DatasetCounts counts, int decrees, IReadOnlyList<DuplicateRow> duplicates, DatasetFormats formats)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine("# Datasheet: Kazakh government decrees, structured by DecreeParser").AppendLine();
        text.AppendLine(c, $"Written by `decree export` from {decrees + duplicates.Count} converted files: {decrees} decrees kept, {duplicates.Count} copies of them left out (see *Copies of one decree*).");
        text.AppendLine(c, $"Pipeline versions that converted them: {string.Join(", ", counts.PipelineVersions)}.").AppendLine();

        text.AppendLine("## Files").AppendLine();
        text.AppendLine("| file | one line is | lines |").AppendLine("|---|---|---|");
        if (formats.HasFlag(DatasetFormats.JsonLines))
        {
            text.AppendLine(c, $"| `decrees.jsonl` | a decree, whole: every field of `decree.schema.json` (beside this file), on one line | {decrees} |");
            text.AppendLine(c, $"| `measures.jsonl` | a plan's measure with its decree, language, plan and groups (`measure-line.schema.json`) | {counts.Measures} |");
            text.AppendLine(c, $"| `indicators.jsonl` | a target indicator with its decree, language, plan, groups and a value a year (`indicator-line.schema.json`) | {counts.Indicators} |");
            text.AppendLine(c, $"| `measures-kk-ru.jsonl` | a measure of a decree's Kazakh text beside the Russian text's measure with its plan and number, and where the two differ (`measure-pair-line.schema.json`) | {counts.MeasurePairs} |");
        }
        if (formats.HasFlag(DatasetFormats.Csv))
        {
            text.AppendLine(c, $"| `amounts.csv` | an amount a measure plans, by source and year (after a header line) | {counts.Amounts} |");
            text.AppendLine(c, $"| `glossary.csv` | an abbreviation a decree's glossary defines (after a header line) | {counts.GlossaryEntries} |");
        }
        if (formats.HasFlag(DatasetFormats.Parquet))
        {
            text.AppendLine(c, $"| `decrees.parquet` | a decree's metadata (see *Parquet*) | {decrees} |");
            text.AppendLine(c, $"| `measures.parquet` | a measure, as in measures.jsonl, its objects flattened to typed columns and lists | {counts.Measures} |");
            text.AppendLine(c, $"| `amounts.parquet` | an amount, as in amounts.csv | {counts.Amounts} |");
            text.AppendLine(c, $"| `glossary.parquet` | an abbreviation, as in glossary.csv | {counts.GlossaryEntries} |");
            text.AppendLine(c, $"| `indicators.parquet` | a target indicator, as in indicators.jsonl, its values a list of {{year, value, text}} | {counts.Indicators} |");
        }
        if (formats.HasFlag(DatasetFormats.Akn))
        {
            text.AppendLine(c, $"| `ID.LANG.xml` | not lines: a decree as an Akoma Ntoso 3.0 act (its tree with eIds, the roadmap's fields marked, `ref`s, `mod`s, `authorialNote`s; valid against docs/akn/akomantoso30.xsd) | {decrees} files |");
        }
        text.AppendLine(c, $"| `duplicates.csv` | a converted copy left out, with the copy kept instead and why (after a header line) | {duplicates.Count} |");
        text.AppendLine().AppendLine("JSON Lines files are UTF-8, one object per line, `\\n` line ends. CSV files are RFC 4180: UTF-8 without a byte order mark, comma-separated, quoted where a field holds a comma, quote or line break, CRLF line ends.").AppendLine();

        text.AppendLine("## Fields").AppendLine();
        text.AppendLine("### measures.jsonl").AppendLine();
        text.AppendLine("| field | type | meaning |").AppendLine("|---|---|---|");
        text.AppendLine("| `decree` | string | the decree's key: its adilet id, with `.ru` for a Russian text (`V1600014606.ru`) |");
        text.AppendLine("| `language` | `kk` or `ru` | the text's language |");
        text.AppendLine("| `id` | string | decree id / measure number (`P1800000897/5.1`); in a decree's second or later plan, decree id / plan / number (`P1800000897/2/5.1`) |");
        text.AppendLine("| `number`, `parent` | string; string or null | the measure's number and its parent's (null for a top-level measure) |");
        text.AppendLine("| `plan` | integer | which of the decree's plans (tables) the measure stands in, from 1 |");
        text.AppendLine("| `section`, `groups[]` | object or null; array | the innermost group the measure stands in, and every group from the plan's top down: `numeral` (a Roman numeral in Latin letters, or \"1\", \"1.1\"; null for a group without one), `kind` (section, direction, goal, task, group), `title` |");
        text.AppendLine("| `title`, `unit`, `completionForm` | string; string or null; string or null | the measure, the unit its result is counted in (where the plan has the column), the form its completion takes |");
        text.AppendLine("| `deadline` | object | `text` as written; `kind`: quarter, quarterRange, year, yearRange, startingFrom, recurring, continuous, unknown; `from`/`to` as `2019-Q1` or `2019`; `recurrence` for recurring: annual, semiannual, quarterly, monthly |");
        text.AppendLine("| `responsible[]` | array of objects | `text` as written; `code`, the abbreviation as the decree's glossary spells it; `expansion`, its full name; `byAgreement` (\"келісім бойынша\"); `agreementWith` |");
        text.AppendLine("| `financing` | object | `text`; `required` (false for \"талап етілмейді\", null when the cell is empty); `withinAllocatedFunds`; `sources` (РБ, ЖБ, …); `amounts[]` of {`source`, `year`, `millionTenge`}: from one financing cell, or from one column a year, a row per source |");
        text.AppendLine("| `budgetProgramme` | string or null | the budget programme code(s), `; ` between the codes of different sources' rows |");
        text.AppendLine("| `extra` | object or null | the plan's columns of no known role, by header (group header and sub-header joined by ` / `): kept, never dropped |");
        text.AppendLine("| `location` | object | where in the source: `line`, `page`, `table`, `row`, `column`, `anchor` (the parts the format knows) |");
        text.AppendLine().AppendLine("### measures-kk-ru.jsonl").AppendLine();
        text.AppendLine("Written for every decree whose Kazakh and Russian texts are both in the dataset (`X` and `X.ru`); measures are paired by plan and number, the one thing a translation keeps.").AppendLine();
        text.AppendLine("| field | type | meaning |").AppendLine("|---|---|---|");
        text.AppendLine("| `decree` | string | the decree's adilet id, without a language |");
        text.AppendLine("| `plan`, `number` | integer; string | the pair's plan and number |");
        text.AppendLine("| `agrees` | boolean | true when `disagreements` is empty |");
        text.AppendLine("| `disagreements[]` | array of objects | {`field`, `kk`, `ru`}: `measure` (only one text has it), `deadline` (kind and period), `responsible` and `sources` (the names each text writes), `amounts` (million tenge by source and year) |");
        text.AppendLine("| `unchecked[]` | array of objects | {`field`, `language`, `name`}: a body or source the table of Kazakh and Russian names does not know, so not compared; a body the other text names alone is then not counted as a disagreement |");
        text.AppendLine("| `kk`, `ru` | object or null | each text's measure, as in measures.jsonl |");
        text.AppendLine().AppendLine("### amounts.csv").AppendLine();
        text.AppendLine("| column | type | unit / meaning |").AppendLine("|---|---|---|");
        text.AppendLine("| `decree` | string | as in measures.jsonl |");
        text.AppendLine("| `language` | `kk` or `ru` | |");
        text.AppendLine("| `measure` | string | the measure's `id` in measures.jsonl |");
        text.AppendLine("| `source` | string, empty when the cell names none | the financing source's abbreviation as the decree writes it (РБ: republican budget, ЖБ: local budget; the decree's glossary has the rest) |");
        text.AppendLine("| `year` | integer | the calendar year the amount is for |");
        text.AppendLine("| `million_tenge` | decimal, `.` as separator, no thousands separator | million tenge (a plan that states thousands or billions is converted) |");
        text.AppendLine("| `plan` | integer | the measure's plan |");
        text.AppendLine("| `group` | string, empty outside any group | the measure's groups from the top down, ` / ` between them (`2. Еңбекақы / 2.1. Жалақы`) |");
        text.AppendLine("| `budget_programme` | string, empty when the plan has none | the measure's budget programme code(s) |");
        text.AppendLine().AppendLine("### indicators.jsonl").AppendLine();
        text.AppendLine("| field | type | meaning |").AppendLine("|---|---|---|");
        text.AppendLine("| `decree`, `language`, `plan`, `groups[]` | | as in measures.jsonl |");
        text.AppendLine("| `id`, `number` | string | the indicator's id (decree id / plan / number) and number |");
        text.AppendLine("| `name`, `unit`, `source` | string; string or null; string or null | what is measured, in what unit, where its values come from (\"Ақпарат көзі\") |");
        text.AppendLine("| `responsible[]` | array of objects | as in measures.jsonl |");
        text.AppendLine("| `values[]` | array of objects | {`year`, `value` (the number the cell holds, a decimal comma read; null for a dash or words), `text` (the cell as written)} |");
        text.AppendLine().AppendLine("### glossary.csv").AppendLine();
        text.AppendLine("| column | type | meaning |").AppendLine("|---|---|---|");
        text.AppendLine("| `decree`, `language` | string | as in measures.jsonl |");
        text.AppendLine("| `abbreviation` | string | the key, as published (a key the OCR misspelled is published with its initials' spelling, logged as a `glossaryKey` repair) |");
        text.AppendLine("| `expansion` | string | the full name |");
        if (formats.HasFlag(DatasetFormats.Parquet)) Parquet(text);
        text.AppendLine().AppendLine("### duplicates.csv").AppendLine();
        text.AppendLine("`decree`, `kept`, `dropped`, `reason`: the decree's key, the converted file kept, the one left out and why; file names are relative to the folder exported.").AppendLine();

        text.AppendLine("## Counts").AppendLine();
        text.AppendLine(c, $"- Decrees by language: {Pairs(counts.DecreesByLanguage)}; by source format: {Pairs(counts.DecreesByFormat)}; read by OCR: {counts.OcrDecrees}.");
        text.AppendLine(c, $"- Plans: {counts.Plans}; groups in them: {counts.Groups}; measures: {counts.Measures}; target indicators: {counts.Indicators}.");
        text.AppendLine(c, $"- Measures by deadline kind: {Pairs(counts.DeadlineKinds)}.");
        text.AppendLine(c, $"- Responsible parties: {counts.Responsible}; with a code the glossary does not expand: {counts.ResponsibleUnresolved}.");
        text.AppendLine(c, $"- Amounts by source (rows, million tenge): {string.Join(", ", counts.AmountsBySource.Select(p => $"{(p.Key.Length == 0 ? "(none named)" : p.Key)} {p.Value.Rows} rows, {p.Value.MillionTenge.ToString(c)}"))}.");
        text.AppendLine(c, $"- Decrees in both Kazakh and Russian: {counts.TwinDecrees}; their measures paired: {counts.MeasurePairs}, of which the two texts differ: {counts.PairsDisagreeing}.");
        text.AppendLine(c, $"- Totals rows: {counts.Totals}, of which add up to their measures: {counts.TotalsMatching}.");
        text.AppendLine(c, $"- Repairs logged: {counts.Repairs}; warnings by code: {(counts.WarningsByCode.Count == 0 ? "none" : Pairs(counts.WarningsByCode))}.").AppendLine();

        text.AppendLine("## Copies of one decree").AppendLine();
        text.AppendLine("Where several converted files are the same decree in the same language (its HTML page and its PDF, a scan and a text dump), the dataset keeps one, chosen in this order: (1) text over OCR: the copy with fewer pages read by OCR; (2) the newest status: the copy whose publisher's status is further along (lost force, then amended, in force, not yet in force, none stated); (3) the newest edition: the latest date in its amendment notes; (4) the format that carries most and is read most directly: HTML, DOCX, text dump, PDF (rebuilt from positioned words), then formats converted through LibreOffice; (5) the file name. The Kazakh and Russian texts of one decree are two decrees here (`V1600014606` and `V1600014606.ru`), both kept.").AppendLine();
        if (duplicates.Count == 0) text.AppendLine("No copies were left out.");
        foreach (var row in duplicates) text.AppendLine(c, $"- `{row.Dropped}` left out for `{row.Kept}` ({row.Decree}): {row.Reason}.");
        text.AppendLine();

        text.AppendLine("## Sources and licence").AppendLine();
        text.AppendLine("The texts are Kazakhstan's legal acts as published by the Institute of Legislation and Legal Information of the Republic of Kazakhstan on adilet.zan.kz (the \"Әділет\" legal information system). Official texts of legal acts are not objects of copyright (Law of the Republic of Kazakhstan \"On Copyright and Related Rights\", art. 8), and neither is this structured copy of them; the site's own pages, menus and design are not part of the dataset. Cite adilet.zan.kz and the act's id as the source of a text.").AppendLine();

        text.AppendLine("## Known limits").AppendLine();
        text.AppendLine("- Every text was repaired (letter spacing, Latin look-alike letters, OCR confusions, rows split across lines); each repair is in `decrees.jsonl` under `repairs` with what was there before. A repair can be wrong; the `before` text is kept so it can be checked.");
        text.AppendLine("- What could not be read is kept as text with a warning (`warnings` in decrees.jsonl): a deadline of kind `unknown`, a responsible party whose code no glossary entry fits (`expansion` null), a financing cell left empty (`required` null).");
        text.AppendLine("- Decrees read by OCR may carry misreadings the repairs did not catch, most of all in numbers; prefer a text source where one exists (the rule above does).");
        text.AppendLine("- Amounts are as the roadmap states them, in million tenge; a totals row that does not add up is kept as published, with `matches: false`.");
        text.AppendLine("- A table becomes a plan when its header names a measure's title, deadline and responsible bodies (or an indicator's name and years, in a targets table), in Kazakh or Russian; other tables are in `decrees.jsonl` under `tables`, as rows of cells.");
        text.AppendLine("- The status is the publisher's at the time the page was saved; a decree read from a PDF or DOCX has none.");
        return text.ToString();
    }

    private static void Parquet(StringBuilder text)
    {
        text.AppendLine().AppendLine("### Parquet").AppendLine();
        text.AppendLine("The `.parquet` files hold the same rows as the JSON Lines and CSV files, typed: columns in snake_case, dates as DATE, years and plans as INTEGER, money as DECIMAL(38,18) million tenge, lists as lists. `decrees.parquet`: `decree`, `language`, `kind`, `issuer`, `number`, `date`, `title`, `status`, `source_format`, `source_sha256`, `measures`, `indicators`, `warnings[]` (codes). `measures.parquet`: `decree`, `language`, `id`, `number`, `parent`, `plan`, `groups[]` (labels, top down), `title`, `unit`, `completion_form`, `deadline` (as written), `deadline_kind`, `deadline_from`, `deadline_to`, `responsible[]` (codes, or the text where a body has none), `responsible_names[]` (expansions), `sources[]`, `million_tenge` (the measure's amounts summed; null when it plans none), `budget_programme`. `amounts.parquet` and `glossary.parquet`: the CSV's columns. `indicators.parquet`: `decree`, `language`, `id`, `plan`, `number`, `groups[]`, `name`, `unit`, `source`, `responsible[]`, `values[]` of {`year`, `value`, `text`}.").AppendLine();
        text.AppendLine("In DuckDB: `SELECT responsible, count(*) FROM (SELECT unnest(responsible) AS responsible FROM 'measures.parquet') GROUP BY 1 ORDER BY 2 DESC;`");
    }

    private static string Pairs(IEnumerable<KeyValuePair<string, int>> counts) => string.Join(", ", counts.Select(p => $"{p.Key} {p.Value.ToString(CultureInfo.InvariantCulture)}"));
}
