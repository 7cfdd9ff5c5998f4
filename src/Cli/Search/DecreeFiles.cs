using System.Text.Json;
using DecreeParser.Ingest.Json;
using DecreeParser.Ingest.Pipeline;
using DecreeParser.Ingest.Reading;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Cli.Search;

/// <summary>
/// Decrees for the index: a .json file is read as our decree JSON (and refused, by name, when it is
/// not one); any other file is converted from its source format on the way.
/// </summary>
public static class DecreeFiles
{
    public static (Decree Decree, string Key) Load(string path)
    {
        if (!File.Exists(path)) throw new DecreeInputException(path, "file not found");
        var decree = Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase)
            ? ReadJson(path)
            : DecreePipeline.Convert(path, path);
        return (decree, DecreeKey.Of(decree, Path.GetFileNameWithoutExtension(path)));
    }

    /// <summary>The decrees search is measured on: those under the corpus folder's seed and adilet folders.</summary>
    public static List<(Decree Decree, string Key)> Bundled(string corpus) =>
        [.. InputFiles.Expand(EvalCommand.DefaultInputs.Select(input => Path.Combine(corpus, Path.GetFileName(input)))).Select(Load)];

    /// <summary>A decree JSON that `decree convert` wrote; refused by name when it is not one.</summary>
    public static Decree ReadJson(string path)
    {
        Decree? decree;
        try
        {
            decree = DecreeJson.Deserialize(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new DecreeInputException(path, $"is not a decree JSON ({e.Message})");
        }
        if (decree is null) throw new DecreeInputException(path, "is not a decree JSON (it is null)");
        if (!decree.SchemaVersion.StartsWith("1.", StringComparison.Ordinal))
        {
            throw new DecreeInputException(path, $"has schema version {decree.SchemaVersion}; this version reads 1.x");
        }
        return decree;
    }
}
