using System.Globalization;

namespace DecreeParser.Cli.Bench;

/// <summary>
/// Input files for batch runs: the seed's text, each copy renumbered as a resolution of its own
/// (№ 897 → № 1, 2, …, named P18000000NN.txt to match), so every file is a distinct decree with
/// the seed's 127 measures, repairs and warnings.
/// </summary>
public static class SyntheticInputs
{
    public static void Write(string seedText, string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var number = 1; number <= count; number++)
        {
            var text = seedText.Replace("№ 897", $"№ {number.ToString(CultureInfo.InvariantCulture)}", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, $"P18{number.ToString("D8", CultureInfo.InvariantCulture)}.txt"), text);
        }
    }
}
