using DecreeParser.Fetch;

namespace DecreeParser.Cli.Fetching;

/// <summary>
/// The ids a user gave: each argument an id (or an adilet address), or a file of them, one a line,
/// with blank lines and "#" comments. Every id is checked before any request is made; the ones
/// that are not ids are reported by where they came from.
/// </summary>
public static class IdList
{
    public static (IReadOnlyList<string> Ids, IReadOnlyList<string> Problems) Read(IEnumerable<string> arguments)
    {
        var ids = new List<string>();
        var problems = new List<string>();
        foreach (var argument in arguments)
        {
            if (File.Exists(argument))
            {
                var number = 0;
                foreach (var line in File.ReadLines(argument))
                {
                    number++;
                    var text = line.Split('#')[0];
                    if (text.Trim().Length > 0) Add(text, $"{argument}:{number}");
                }
            }
            else
            {
                Add(argument, argument);
            }
        }
        return (ids.Distinct(StringComparer.Ordinal).ToList(), problems);

        void Add(string text, string where)
        {
            var (id, problem) = AdiletId.Parse(text);
            if (id is not null) ids.Add(id);
            else problems.Add($"{where}: {problem}");
        }
    }
}
