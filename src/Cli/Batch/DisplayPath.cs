namespace DecreeParser.Cli.Batch;

/// <summary>A path as outputs and messages record it: relative to where the command runs, with forward slashes.</summary>
public static class DisplayPath
{
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }
}
