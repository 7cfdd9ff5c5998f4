namespace DecreeParser.Search.Querying;

/// <summary>
/// A user's query as a researcher writes it: words, "quoted phrases", alternatives joined by OR,
/// and -excluded words or "phrases". Nothing else is syntax: colons, slashes ("қ/ж"), brackets,
/// stars, a lone quote and a lower-case "or" are text like any other. Runs of words are kept as
/// written, for the analyzer to cut into words ("№ 646" and "10 171" stay one word each).
/// </summary>
public sealed record QueryText(IReadOnlyList<QueryItem> Items)
{
    /// <summary>The text of every item that is sought (not excluded, not OR), as one loose text.</summary>
    public string Sought => string.Join(' ', Items.Where(i => !i.Excluded && i.Kind != QueryItemKind.Or).Select(i => i.Text));

    public static QueryText Parse(string query)
    {
        var items = new List<QueryItem>();
        var run = new List<string>();
        void EndRun()
        {
            if (run.Count > 0) items.Add(new QueryItem(QueryItemKind.Words, string.Join(' ', run), Excluded: false));
            run.Clear();
        }
        var at = 0;
        while (at < query.Length)
        {
            if (char.IsWhiteSpace(query[at]))
            {
                at++;
                continue;
            }
            var excluded = query[at] == '-' && at + 1 < query.Length && !char.IsWhiteSpace(query[at + 1]) && query[at + 1] != '-';
            var start = excluded ? at + 1 : at;
            if (query[start] == '"' && query.IndexOf('"', start + 1) is var close and > 0)
            {
                EndRun();
                if (query[(start + 1)..close].Trim() is { Length: > 0 } phrase) items.Add(new QueryItem(QueryItemKind.Phrase, phrase, excluded));
                at = close + 1;
                continue;
            }
            var end = start;
            while (end < query.Length && !char.IsWhiteSpace(query[end]) && query[end] != '"') end++;
            if (end == start)
            {
                // A lone quote is text: it separates, like a space.
                at = end + 1;
                continue;
            }
            var word = query[start..end];
            if (excluded)
            {
                EndRun();
                items.Add(new QueryItem(QueryItemKind.Words, word, Excluded: true));
            }
            else if (word == "OR")
            {
                EndRun();
                items.Add(new QueryItem(QueryItemKind.Or, word, Excluded: false));
            }
            else
            {
                run.Add(word);
            }
            at = end;
        }
        EndRun();
        return new QueryText(items);
    }
}

public enum QueryItemKind { Words, Phrase, Or }

/// <summary>A run of words, a phrase, or an OR between the word (or phrase) before it and the one after.</summary>
public sealed record QueryItem(QueryItemKind Kind, string Text, bool Excluded);
