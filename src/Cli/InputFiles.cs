using System.Text;
using System.Text.RegularExpressions;

namespace DecreeParser.Cli;

/// <summary>
/// Expands the paths a user gave into the files to read: a folder stands for every file under it
/// (hidden ones aside), a glob ("corpus/*.pdf", "in/**/*.html") for the files it matches. Each
/// folder's files come in name order, so a batch meets its inputs in the same order every run.
/// </summary>
public static class InputFiles
{
    /// <param name="paths">Files, folders and globs as the user gave them.</param>
    /// <param name="extension">When given, a folder stands only for its files with this extension.</param>
    /// <param name="excluded">A folder whose files are never inputs: the output folder, when it sits inside an input folder.</param>
    public static IEnumerable<string> Expand(IEnumerable<string> paths, string? extension = null, string? excluded = null)
    {
        var skip = excluded is null ? null : Path.GetFullPath(excluded).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return paths.SelectMany(path => ExpandOne(path, extension)).Where(file => skip is null || !Path.GetFullPath(file).StartsWith(skip, StringComparison.Ordinal));
    }

    private static IEnumerable<string> ExpandOne(string path, string? extension)
    {
        if (Directory.Exists(path))
        {
            return FilesUnder(path).Where(file => extension is null || Path.GetExtension(file).Equals(extension, StringComparison.OrdinalIgnoreCase));
        }
        if (path.IndexOfAny(['*', '?']) >= 0 && Glob(path) is { Count: > 0 } matches) return matches;
        // A missing file (or a glob that matches nothing) is passed on, so that reading it reports it by name with the others.
        return [path];
    }

    private static IEnumerable<string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => !Path.GetFileName(file).StartsWith('.'))
            .Order(StringComparer.Ordinal);

    /// <summary>The files a glob matches: "*" and "?" within a folder name, "**" across folders.</summary>
    private static List<string> Glob(string pattern)
    {
        var parts = pattern.Replace('\\', '/').Split('/');
        var literal = parts.TakeWhile(part => part.IndexOfAny(['*', '?']) < 0).ToList();
        var root = literal.Count == 0 ? "." : string.Join('/', literal);
        if (literal.Count == 1 && literal[0].Length == 0) root = "/";
        if (!Directory.Exists(root)) return [];
        var matcher = GlobRegex(string.Join('/', parts.Skip(literal.Count)));
        return FilesUnder(root).Where(file => matcher.IsMatch(Path.GetRelativePath(root, file).Replace('\\', '/'))).ToList();
    }

    private static Regex GlobRegex(string glob)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob[i] == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" is any number of folders, none included.
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (glob[i] == '*') regex.Append("[^/]*");
            else if (glob[i] == '?') regex.Append("[^/]");
            else regex.Append(Regex.Escape(glob[i].ToString()));
        }
        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
