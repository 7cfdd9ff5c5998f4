namespace DecreeParser.Cli;

/// <summary>Expands the paths a user gave into the files to read: a folder stands for every file under it.</summary>
public static class InputFiles
{
    /// <param name="paths">Files and folders as the user gave them.</param>
    /// <param name="extension">When given, a folder stands only for its files with this extension.</param>
    public static IEnumerable<string> Expand(IEnumerable<string> paths, string? extension = null)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(file => !Path.GetFileName(file).StartsWith('.'))
                    .Where(file => extension is null || Path.GetExtension(file).Equals(extension, StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files) yield return file;
            }
            else
            {
                // A missing file is passed on, so that reading it reports it by name with the others.
                yield return path;
            }
        }
    }
}
