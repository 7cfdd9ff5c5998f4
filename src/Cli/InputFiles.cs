namespace DecreeParser.Cli;

/// <summary>Expands the paths a user gave into the files to read: a folder stands for every file under it.</summary>
public static class InputFiles
{
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(file => !Path.GetFileName(file).StartsWith('.'))
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
