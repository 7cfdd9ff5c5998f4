using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Structure;

/// <summary>
/// Tells Kazakh from Russian text by the letters only Kazakh has (ә ғ қ ң ө ұ ү һ і): even a short
/// Kazakh paragraph has several, a Russian one none but in names.
/// </summary>
public static class LanguageDetector
{
    private const double KazakhLetterShare = 0.01;

    public static string Detect(IEnumerable<Block> blocks)
    {
        var letters = 0;
        var kazakh = 0;
        foreach (var text in blocks.OfType<ParagraphBlock>().Select(p => p.Text))
        {
            foreach (var c in text)
            {
                if (!char.IsLetter(c)) continue;
                letters++;
                if ("әғқңөұүһіӘҒҚҢӨҰҮҺІ".Contains(c, StringComparison.Ordinal)) kazakh++;
            }
        }
        return letters > 0 && (double)kazakh / letters >= KazakhLetterShare ? "kk" : "ru";
    }
}
