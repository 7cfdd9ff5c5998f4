using Lucene.Net.Analysis.Hunspell;

namespace DecreeParser.Search.Analysis;

/// <summary>
/// Debian's Kazakh hunspell dictionary (package hunspell-kk: kk_KZ.aff and kk_KZ.dic), read once. It
/// is measured against the rule-based stemmer by <c>decree eval</c>; nothing ships that needs it.
/// </summary>
public static class KazakhHunspell
{
    public const string DefaultFolder = "/usr/share/hunspell";

    private static readonly Lazy<Dictionary> Shared = new(() => Load(DefaultFolder));

    public static Dictionary Dictionary => Shared.Value;

    public static bool IsInstalled(string folder = DefaultFolder) => File.Exists(Path.Combine(folder, "kk_KZ.dic"));

    public static Dictionary Load(string folder)
    {
        var affix = Path.Combine(folder, "kk_KZ.aff");
        var words = Path.Combine(folder, "kk_KZ.dic");
        if (!File.Exists(affix) || !File.Exists(words))
        {
            throw new FileNotFoundException($"{words}: the Kazakh hunspell dictionary is not installed (apt-get install hunspell-kk)");
        }
        using var affixStream = File.OpenRead(affix);
        using var wordStream = File.OpenRead(words);
        return new Dictionary(affixStream, [wordStream], ignoreCase: true);
    }
}
