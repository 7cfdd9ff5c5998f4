using DecreeParser.Model.Decrees;
using DecreeParser.Model.Text;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// How many of a golden decree's measure fields a conversion got right: for every golden measure,
/// matched by plan and number (a measure read into a plan of its own, where a table was split, is
/// lost), its place (parent, section), deadline as typed, responsible codes (the text
/// where a party has no code), financing as typed, and its title and completion form (right when
/// at most one character in twenty differs: OCR's stray letter is not a lost field). A measure the
/// conversion lost has every field wrong. This is what the README's scan accuracy table counts.
/// </summary>
public sealed record FieldsRight(int Found, int Right, int Total, IReadOnlyDictionary<string, int> RightByField)
{
    public const double TextSimilarity = 0.95;

    private static readonly (string Name, Func<Measure, Measure, bool> Agree)[] Fields =
    [
        ("parent", (a, b) => a.Parent == b.Parent),
        ("section", (a, b) => a.Section == b.Section),
        ("deadline", (a, b) => (a.Deadline.Kind, a.Deadline.From, a.Deadline.To, a.Deadline.Recurrence) == (b.Deadline.Kind, b.Deadline.From, b.Deadline.To, b.Deadline.Recurrence)),
        ("responsible", (a, b) => a.Responsible.Select(p => p.Code ?? p.Text).SequenceEqual(b.Responsible.Select(p => p.Code ?? p.Text))),
        ("financing", (a, b) => (a.Financing.Required, a.Financing.WithinAllocatedFunds) == (b.Financing.Required, b.Financing.WithinAllocatedFunds) && a.Financing.Amounts.SequenceEqual(b.Financing.Amounts)),
        ("title", (a, b) => Alike(a.Title, b.Title)),
        ("form", (a, b) => Alike(a.CompletionForm ?? "", b.CompletionForm ?? "")),
    ];

    public double Share => Total == 0 ? 1 : (double)Right / Total;

    public static FieldsRight Of(Decree golden, Decree converted)
    {
        var read = converted.Measures.GroupBy(m => (m.Plan, m.Number)).ToDictionary(g => g.Key, g => g.First());
        var byField = Fields.ToDictionary(f => f.Name, _ => 0);
        var found = 0;
        foreach (var measure in golden.Measures)
        {
            if (!read.TryGetValue((measure.Plan, measure.Number), out var other)) continue;
            found++;
            foreach (var (name, agree) in Fields) byField[name] += agree(measure, other) ? 1 : 0;
        }
        return new FieldsRight(found, byField.Values.Sum(), golden.Measures.Count * Fields.Length, byField);
    }

    private static bool Alike(string a, string b) => Model.Text.TextSimilarity.Ratio(a, b) >= TextSimilarity;
}
