using DecreeParser.Model.Decrees;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// A large corpus made from real measures by recombining them, not copying: each synthetic measure
/// joins the first half of one real title to the second half of another, and takes its deadline,
/// responsible bodies and financing from three more, so the index sees realistic words in new
/// combinations. Seeded, so every run builds the same corpus.
/// </summary>
public static class SyntheticDecrees
{
    public const int MeasuresPerDecree = 100;

    public static IEnumerable<(Decree Decree, string Key)> Make(IReadOnlyList<Decree> real, int measures)
    {
        var pool = real.SelectMany(d => d.Measures).ToList();
        var template = real.First(d => d.Measures.Count > 0);
        var random = new Random(897);
        for (var start = 0; start < measures; start += MeasuresPerDecree)
        {
            var key = $"S{start / MeasuresPerDecree:D8}";
            var count = Math.Min(MeasuresPerDecree, measures - start);
            var made = Enumerable.Range(1, count).Select(n => Recombine(pool, random, key, n)).ToList();
            yield return (template with { Id = key, Measures = made, Repairs = [], Warnings = [] }, key);
        }
    }

    private static Measure Recombine(List<Measure> pool, Random random, string key, int number)
    {
        Measure Any() => pool[random.Next(pool.Count)];
        var head = Any().Title.Split(' ');
        var tail = Any().Title.Split(' ');
        var title = string.Join(' ', head.Take((head.Length + 1) / 2).Concat(tail.Skip(tail.Length / 2)));
        var numberText = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Any() with
        {
            Id = $"{key}/{numberText}",
            Number = numberText,
            Parent = null,
            Title = title,
            Deadline = Any().Deadline,
            Responsible = Any().Responsible,
            Financing = Any().Financing,
        };
    }
}
