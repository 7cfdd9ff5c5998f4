using System.Buffers;
using System.Security.Cryptography;

namespace DecreeParser.Ingest.Reading;

/// <summary>
/// A file's bytes, read into a buffer borrowed from the shared pool and given back when disposed.
/// A decree file is tens or hundreds of kilobytes: a new array for each would be allocated on the
/// large-object heap, which here cost as much as a seventh of an HTML page's conversion (0.2–0.3 ms
/// of 4.4, the bytes of the seed's page) — the decoded text and the parse use none of the array
/// after reading it. Files past <see cref="PooledAtMost"/> get an array of their own, so that a
/// batch's pool never holds on to a scan's megabytes.
/// </summary>
public sealed class FileBytes : IDisposable
{
    /// <summary>The largest file read into a pooled buffer.</summary>
    public const int PooledAtMost = 4 * 1024 * 1024;

    private byte[]? _buffer;
    private readonly bool _pooled;
    private string? _sha256;

    private FileBytes(byte[] buffer, int length, bool pooled)
    {
        _buffer = buffer;
        Length = length;
        _pooled = pooled;
    }

    public int Length { get; }

    /// <summary>The bytes, valid until the object is disposed.</summary>
    public ArraySegment<byte> Segment => new(_buffer ?? throw new ObjectDisposedException(nameof(FileBytes)), 0, Length);

    /// <summary>The SHA-256 of the bytes in lower-case hex, computed once: a batch asks for it before reading, and the reader again.</summary>
    public string Sha256 => _sha256 ??= Sha256Of(Segment);

    /// <summary>A source's identity, as outputs, shards and skipped duplicates name it: the SHA-256 of its bytes in lower-case hex.</summary>
    public static string Sha256Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>A file's bytes, or the reason they cannot be had, by the name the user gave.</summary>
    /// <exception cref="DecreeInputException">The file is missing, unreadable or larger than <see cref="ReaderLimits.InputBytes"/>.</exception>
    public static FileBytes Read(string path, string displayPath)
    {
        try
        {
            // Unbuffered: the bytes go straight into the buffer given back.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            // A pipe has no length, and a /proc file gives 0 whatever it holds: both are read to their end.
            var length = stream.CanSeek ? stream.Length : 0;
            if (length > ReaderLimits.InputBytes) throw TooLarge(displayPath, $"{length / (1024 * 1024)} MB");
            return length == 0 ? ReadToEnd(stream, displayPath) : ReadAll(stream, (int)length);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DecreeInputException(displayPath, "file not found");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DecreeInputException(displayPath, $"cannot be read ({e.Message})");
        }
    }

    private static DecreeInputException TooLarge(string displayPath, string size) =>
        new(displayPath, $"{size}, larger than the {ReaderLimits.InputBytes / (1024 * 1024)} MB a decree file may be");

    private static FileBytes ReadAll(FileStream stream, int length)
    {
        var pooled = length <= PooledAtMost;
        var buffer = pooled ? ArrayPool<byte>.Shared.Rent(length) : new byte[length];
        try
        {
            // A file may have shrunk since its length was asked: what is there is read.
            var read = 0;
            while (read < length && stream.Read(buffer, read, length - read) is > 0 and var got) read += got;
            return new FileBytes(buffer, read, pooled);
        }
        catch
        {
            if (pooled) ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static FileBytes ReadToEnd(FileStream stream, string displayPath)
    {
        var bytes = new MemoryStream();
        var chunk = new byte[64 * 1024];
        for (var got = stream.Read(chunk); got > 0; got = stream.Read(chunk))
        {
            bytes.Write(chunk, 0, got);
            if (bytes.Length > ReaderLimits.InputBytes) throw TooLarge(displayPath, $"past {ReaderLimits.InputBytes / (1024 * 1024)} MB");
        }
        return new FileBytes(bytes.GetBuffer(), (int)bytes.Length, pooled: false);
    }

    public void Dispose()
    {
        if (_pooled && _buffer is { } buffer) ArrayPool<byte>.Shared.Return(buffer);
        _buffer = null;
    }
}
