using System.Text;
using System.Text.RegularExpressions;

namespace DecreeParser.Model.Files;

/// <summary>
/// Writes files so that each is either whole or absent: the bytes go to a temporary file beside
/// the target, are flushed to the disk and moved into place, which a crash cannot leave half done.
/// </summary>
public static partial class AtomicFile
{
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8(text));

    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes), overwrite: true);

    /// <summary>
    /// Writes a file whole, its bytes written by <paramref name="write"/> straight to the file (a large
    /// output is never held whole in memory); without <paramref name="overwrite"/>, only if no file has
    /// the name when it is put in place (the move that publishes it fails rather than replace one):
    /// false then, and nothing is written. Processes writing one folder use it to never write one name twice.
    /// </summary>
    public static bool Write(string path, Action<Stream> write, bool overwrite)
    {
        try
        {
            using var staged = new Staged(path);
            write(staged.Stream);
            staged.Commit(overwrite);
            return true;
        }
        catch (IOException) when (!overwrite && File.Exists(path))
        {
            return false;
        }
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);

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

    /// <summary>
    /// A file being written: its stream writes to the temporary file, <see cref="Commit"/> moves it
    /// into place, and disposing without a commit leaves the target as it was. Several can be staged
    /// and committed together, so a set of files is replaced only once all are written.
    /// </summary>
    public sealed class Staged : IDisposable
    {
        private readonly string target;
        private readonly string temporary;
        private readonly FileStream stream;

        public Staged(string path)
        {
            target = path;
            temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
            // Read as well as written: a Parquet writer appends a row group by reading the file's footer back.
            stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite);
        }

        public Stream Stream => stream;

        /// <param name="overwrite">Replace a file of the name; without it the move fails (an IOException) when one exists.</param>
        public void Commit(bool overwrite = true)
        {
            // On the disk before the rename: after a power cut the name points at whole bytes.
            stream.Flush(flushToDisk: true);
            stream.Dispose();
            File.Move(temporary, target, overwrite);
        }

        public void Dispose()
        {
            stream.Dispose();
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
