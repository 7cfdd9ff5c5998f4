using System.Buffers;

namespace DecreeParser.Ingest.Reading;

/// <summary>
/// A decoded text: its characters, the encoding it was read in, and the byte sequences that were not
/// of it (read as U+FFFD). Valid UTF-8 — nearly every file — is decoded into a buffer borrowed from
/// the shared pool and given back when disposed, as <see cref="FileBytes"/> reads the bytes: the
/// characters of a page as a string of their own were allocated on the large-object heap, which cost
/// a fifth of reading the seed's page and parsing it (0.3 of 1.7 ms), and the parser takes them as
/// they are. Texts past <see cref="FileBytes.PooledAtMost"/> bytes get an array of their own.
/// </summary>
public sealed class DecodedText : IDisposable
{
    private char[]? _pooled;
    private readonly ReadOnlyMemory<char> _chars;
    private string? _text;
    private bool _disposed;

    public DecodedText(string text, string encoding, IReadOnlyList<InvalidBytes> invalid)
    {
        _text = text;
        _chars = text.AsMemory();
        Encoding = encoding;
        Invalid = invalid;
    }

    /// <param name="chars">The characters, in <paramref name="chars"/>[..<paramref name="length"/>].</param>
    /// <param name="length">How many there are.</param>
    /// <param name="pooled">Whether the array was borrowed from the shared pool, to be given back.</param>
    /// <param name="encoding">The encoding they were read in.</param>
    internal DecodedText(char[] chars, int length, bool pooled, string encoding)
    {
        _pooled = pooled ? chars : null;
        _chars = chars.AsMemory(0, length);
        Encoding = encoding;
        Invalid = [];
    }

    /// <summary>The characters, valid until the object is disposed.</summary>
    public ReadOnlyMemory<char> Chars => _disposed ? throw new ObjectDisposedException(nameof(DecodedText)) : _chars;

    /// <summary>The characters as a string, made once when first asked for.</summary>
    public string Text => _text ??= Chars.ToString();

    public string Encoding { get; }

    public IReadOnlyList<InvalidBytes> Invalid { get; }

    public void Dispose()
    {
        if (_pooled is { } buffer) ArrayPool<char>.Shared.Return(buffer);
        _pooled = null;
        _disposed = true;
    }
}
