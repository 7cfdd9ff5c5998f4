using System.Text;
using System.Text.RegularExpressions;

namespace DecreeParser.Cli;

/// <summary>
/// Writes a file so that it is either whole or absent: the text goes to a temporary file beside
/// the target, is flushed to the disk and moved into place, which a crash cannot leave half done.
/// </summary>
public static partial class AtomicFile
{
    public static void WriteAllText(string path, string text)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
                // On the disk before the rename: after a power cut the name points at whole bytes.
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Deletes the temporary files a killed run left in <paramref name="folder"/> (only names this class makes).</summary>
    public static void RemoveLeftovers(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, ".*.tmp"))
        {
            if (LeftoverName().IsMatch(Path.GetFileName(file))) File.Delete(file);
        }
    }

    [GeneratedRegex(@"^\..+\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex LeftoverName();
}
