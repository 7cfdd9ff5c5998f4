namespace DecreeParser.Tests.Support;

/// <summary>Paths into the repository the tests run from: the corpus, the expected outputs, the schema.</summary>
public static class Repository
{
    public static readonly string Root = FindRoot();

    public static string SeedPath => Path.Combine(Root, SeedRelativePath);

    /// <summary>How the README's command names the seed, and so how the golden file records its path.</summary>
    public const string SeedRelativePath = "corpus/seed/000_ed493f9bc562bc01.txt";

    public static string ExpectedPath(string id) => Path.Combine(Root, "corpus", "expected", $"{id}.json");

    /// <summary>A path given relative to the repository root, as the README writes it.</summary>
    public static string File(string relative) => Path.Combine(Root, relative);

    public static string SchemaPath => Path.Combine(Root, "docs", "decree.schema.json");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "DecreeParser.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("DecreeParser.sln not found above the test binaries");
    }
}
