using System.Globalization;
using DecreeParser.Search.Querying;

namespace DecreeParser.Search.Evaluation;

/// <summary>
/// A query with the ids judged relevant to it, from a queries file: one line each,
/// "query TAB filters TAB relevant ids TAB what it tests"; filters are "name=value" joined by ";".
/// </summary>
public sealed record JudgedQuery(SearchRequest Request, IReadOnlySet<string> Relevant, string Note, int Line)
{
    public static IReadOnlyList<JudgedQuery> ReadFile(string path)
    {
        var queries = new List<JudgedQuery>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#') || lines[i].Trim().Length == 0) continue;
            var columns = lines[i].Split('\t');
            if (columns.Length < 3) throw new FormatException($"{path}:{i + 1}: expected query, filters and relevant ids separated by tabs");
            var request = WithFilters(new SearchRequest(columns[0]), columns[1], $"{path}:{i + 1}");
            var relevant = columns[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            if (relevant.Count == 0) throw new FormatException($"{path}:{i + 1}: no relevant ids");
            queries.Add(new JudgedQuery(request, relevant, columns.Length > 3 ? columns[3] : "", i + 1));
        }
        return queries;
    }

    private static SearchRequest WithFilters(SearchRequest request, string filters, string where)
    {
        foreach (var filter in filters.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, value) = filter.Split('=', 2) is [var n, var v] ? (n, v) : throw new FormatException($"{where}: filter \"{filter}\" is not name=value");
            request = name switch
            {
                "responsible" => request with { Responsible = value },
                "year" => request with { Year = int.Parse(value, CultureInfo.InvariantCulture) },
                "source" => request with { Source = value },
                "deadline-kind" => request with { DeadlineKind = value },
                "decree" => request with { Decree = value },
                "language" => request with { Language = value },
                "answer" => request with { AnswerLanguage = value },
                _ => throw new FormatException($"{where}: unknown filter \"{name}\""),
            };
        }
        return request;
    }
}
