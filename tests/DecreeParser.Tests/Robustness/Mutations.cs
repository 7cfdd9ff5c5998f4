using System.IO.Compression;

namespace DecreeParser.Tests.Robustness;

/// <summary>
/// Damage as copies, transfers and disks do it, made reproducible by a seed: bytes flipped, the file
/// cut short, a chunk repeated or deleted; and for a Word file, damage inside its XML with the zip
/// still whole, so the XML parser (not the zip reader) meets it.
/// </summary>
public static class Mutations
{
    public static readonly string[] Kinds = ["flip", "cut", "repeat", "delete", "xml"];

    public static byte[] Apply(string kind, byte[] bytes, int seed)
    {
        var random = new Random(seed);
        return kind switch
        {
            "flip" => Flip(bytes, random, count: 1 + random.Next(8)),
            "cut" => bytes[..random.Next(1, bytes.Length)],
            "repeat" => Chunk(bytes, random, (before, chunk, after) => [.. before, .. chunk, .. chunk, .. after]),
            "delete" => Chunk(bytes, random, (before, _, after) => [.. before, .. after]),
            "xml" => InsideZip(bytes, random),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such mutation"),
        };
    }

    private static byte[] Flip(byte[] bytes, Random random, int count)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < count; i++) copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static byte[] Chunk(byte[] bytes, Random random, Func<byte[], byte[], byte[], byte[]> join)
    {
        var start = random.Next(bytes.Length);
        var length = Math.Min(bytes.Length - start, 1 + random.Next(Math.Max(1, bytes.Length / 10)));
        return join(bytes[..start], bytes[start..(start + length)], bytes[(start + length)..]);
    }

    /// <summary>Each XML entry of a zip damaged (flipped, cut or a chunk repeated), the archive rebuilt whole; not a zip: flipped.</summary>
    private static byte[] InsideZip(byte[] bytes, Random random)
    {
        try
        {
            using var source = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            using var output = new MemoryStream();
            using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var entry in source.Entries)
                {
                    using var read = new MemoryStream();
                    using (var stream = entry.Open()) stream.CopyTo(read);
                    var content = read.ToArray();
                    if (entry.FullName.EndsWith(".xml", StringComparison.Ordinal) && content.Length > 0)
                    {
                        content = Apply(Kinds[random.Next(3)], content, random.Next());
                    }
                    using var write = target.CreateEntry(entry.FullName).Open();
                    write.Write(content);
                }
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return Flip(bytes, random, 4);
        }
    }
}
