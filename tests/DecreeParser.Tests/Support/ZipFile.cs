using System.IO.Compression;

namespace DecreeParser.Tests.Support;

/// <summary>Zip archives for bad-input tests: junk, or a bomb.</summary>
public static class ZipFile
{
    public static byte[] Of(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }
        return stream.ToArray();
    }

    /// <summary>A "DOCX" whose document part expands to 50 MB of zeros from a few kilobytes.</summary>
    public static byte[] Bomb() => Of(("word/document.xml", new byte[50_000_000]));
}
