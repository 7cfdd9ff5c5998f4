using DecreeParser.Model.Text;

namespace DecreeParser.Tests.Text;

public class TextSimilarityTests
{
    [Theory]
    [InlineData("талап етілмейді", "талап етілмейді", 1.0)]
    [InlineData("талап етiлмейдi", "талап етілмейді", 1 - 2.0 / 15)]   // two Latin i
    [InlineData("жыл сайын", "жыл сайьн", 1 - 1.0 / 9)]
    [InlineData("", "", 1.0)]
    public void The_ratio_is_one_minus_the_edit_distance_over_the_longer_length(string a, string b, double ratio) =>
        Assert.Equal(ratio, TextSimilarity.Ratio(a, b), precision: 12);

    [Fact]
    public void At_least_answers_as_the_ratio_does_at_its_boundary()
    {
        // Twenty letters, three of them changed to letters the other text lacks: exactly 0.85.
        const string phrase = "көзделген қаражат ше";
        var three = "xyz" + phrase[3..];
        Assert.Equal(0.85, TextSimilarity.Ratio(three, phrase), precision: 12);
        Assert.True(TextSimilarity.IsAtLeast(three, phrase, 0.85));
        Assert.False(TextSimilarity.IsAtLeast("xyzw" + phrase[4..], phrase, 0.85));
    }

    [Fact]
    public void At_least_agrees_with_the_ratio_on_many_pairs_of_like_and_unlike_texts()
    {
        // Pairs made from the set phrases by random edits, some from the phrases' own letters (which
        // the lacking-letter bound cannot see) and some from letters they lack.
        string[] phrases = ["талап етілмейді", "көзделген қаражат шегінде", "жыл сайын", "раз в полугодие", "ежегодно"];
        const string letters = "абвгдеәжзийклмноөпрстуұүфхһцчшщыіэюяqwz ";
        var random = new Random(897);
        for (var pair = 0; pair < 5000; pair++)
        {
            var phrase = phrases[random.Next(phrases.Length)];
            var edited = phrase.ToCharArray();
            for (var edit = random.Next(6); edit > 0; edit--) edited[random.Next(edited.Length)] = letters[random.Next(letters.Length)];
            var text = new string(edited);
            foreach (var least in new[] { 0.85, 0.7, 0.95 })
            {
                Assert.True(TextSimilarity.Ratio(text, phrase) >= least == TextSimilarity.IsAtLeast(text, phrase, least), $"\"{text}\" / \"{phrase}\" at {least}");
            }
        }
    }
}
