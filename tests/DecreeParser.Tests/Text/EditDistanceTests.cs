using DecreeParser.Model.Text;

namespace DecreeParser.Tests.Text;

/// <summary>Edits between stems as "did you mean" counts them, and between texts as the repairs' similarity does (<see cref="EditDistance"/>).</summary>
public class EditDistanceTests
{
    [Theory]
    [InlineData("тұрақты", "тұрақты", 0)]
    [InlineData("тұроқты", "тұрақты", 1)]       // a letter changed
    [InlineData("ипотекк", "ипотека", 1)]
    [InlineData("ипотеак", "ипотека", 1)]       // two neighbours swapped: one edit, as Lucene's fuzzy matching with transpositions counts
    [InlineData("полицея", "полиция", 1)]
    [InlineData("құролуы", "құрылуы", 1)]
    [InlineData("тіркеу", "тергеу", 2)]
    [InlineData("басқару", "басқарушы", 2)]    // letters put in
    [InlineData("басқарушы", "басқару", 2)]    // and taken out
    [InlineData("", "ab", 2)]
    public void Counts_each_edit(string a, string b, int edits)
    {
        Assert.Equal(edits, EditDistance.Within(a, b, 2));
        Assert.Equal(edits, EditDistance.Within(b, a, 2));
    }

    [Theory]
    [InlineData("ипотеак", "ипотека", 2)]       // without swaps, two changes
    [InlineData("тұроқты", "тұрақты", 1)]
    [InlineData("басқару", "басқарушылар", 5)]  // no bound
    [InlineData("", "", 0)]
    public void Between_counts_no_swaps_and_has_no_bound(string a, string b, int edits)
    {
        Assert.Equal(edits, EditDistance.Between(a, b));
        Assert.Equal(edits, EditDistance.Between(b, a));
    }

    [Theory]
    [InlineData("тіркеу", "тұрақты")]
    [InlineData("басқару", "басқарушылар")]     // five letters more: given up before the table is filled
    [InlineData("органов", "органдар")]
    public void Is_null_past_the_bound(string a, string b)
    {
        Assert.Null(EditDistance.Within(a, b, 2));
    }

    [Fact]
    public void Agrees_with_the_full_table_on_random_words()
    {
        var random = new Random(897);
        const string Letters = "аәбгғқнңоөұүіы";
        string Word() => new([.. Enumerable.Range(0, random.Next(0, 8)).Select(_ => Letters[random.Next(Letters.Length)])]);
        for (var i = 0; i < 5_000; i++)
        {
            var (a, b) = (Word(), Word());
            var full = Full(a, b, transpositions: true);
            Assert.Equal(full <= 2 ? full : null, EditDistance.Within(a, b, 2));
            Assert.Equal(Full(a, b, transpositions: false), EditDistance.Between(a, b));
        }
    }

    /// <summary>The whole table, without the cut-off: optimal string alignment, or Levenshtein without swaps.</summary>
    private static int Full(string a, string b, bool transpositions)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (transpositions && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
