using System.Collections.Frozen;
using System.Text;

namespace DecreeParser.Ingest.Reading;

/// <summary>
/// Decodes a text file's bytes by what they are: a byte order mark (UTF-8, UTF-16), UTF-16 without
/// one (every other byte 0x00 or 0x04 — ASCII or Cyrillic), valid UTF-8, and otherwise a Windows
/// single-byte code page. KZ-1048, the Kazakh code page, is Windows-1251 with sixteen letters
/// replaced by ә ғ қ ң ө ұ ү һ: those sixteen byte values spell Macedonian, Serbian and Ukrainian
/// letters in Windows-1251, which Russian text does not use, so their share tells the two apart.
/// </summary>
public static class TextDecoder
{
    private const double KazakhByteShare = 0.01;
    private const double Utf16HighByteShare = 0.9;

    private static readonly FrozenDictionary<byte, char> Kz1048Letters = new Dictionary<byte, char>
    {
        [0x8D] = 'Қ', [0x8E] = 'Һ', [0x9D] = 'қ', [0x9E] = 'һ', [0xA1] = 'Ұ', [0xA2] = 'ұ', [0xA3] = 'Ә', [0xA5] = 'Ө',
        [0xAA] = 'Ғ', [0xAF] = 'Ү', [0xB4] = 'ө', [0xBA] = 'ғ', [0xBC] = 'ә', [0xBD] = 'Ң', [0xBE] = 'ң', [0xBF] = 'ү',
    }.ToFrozenDictionary();

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text and the name of the encoding it was read in, or null when the bytes are not text.</summary>
    public static (string Text, string Encoding)? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Strict(new UTF8Encoding(false, true), bytes[3..], "utf-8");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Strict(new UnicodeEncoding(false, false, true), bytes[2..], "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Strict(new UnicodeEncoding(true, false, true), bytes[2..], "utf-16be");
        if (LooksLikeUtf16(bytes, highByteFirst: false)) return Strict(new UnicodeEncoding(false, false, true), bytes, "utf-16le");
        if (LooksLikeUtf16(bytes, highByteFirst: true)) return Strict(new UnicodeEncoding(true, false, true), bytes, "utf-16be");
        if (bytes.Contains((byte)0)) return null;
        if (Strict(new UTF8Encoding(false, true), bytes, "utf-8") is { } utf8) return utf8;
        return SingleByte(bytes);
    }

    private static (string, string) SingleByte(ReadOnlySpan<byte> bytes)
    {
        var windows1251 = Encoding.GetEncoding(1251).GetString(bytes);
        var letters = 0;
        var kazakh = 0;
        foreach (var b in bytes)
        {
            if (b >= 0xC0) letters++;
            if (Kz1048Letters.ContainsKey(b)) kazakh++;
        }
        if (letters == 0 || (double)kazakh / (letters + kazakh) < KazakhByteShare) return (windows1251, "windows-1251");
        var text = new StringBuilder(windows1251.Length);
        for (var i = 0; i < bytes.Length; i++) text.Append(Kz1048Letters.TryGetValue(bytes[i], out var letter) ? letter : windows1251[i]);
        return (text.ToString(), "kz-1048");
    }

    private static (string, string)? Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return (encoding.GetString(bytes), name);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Even length, and the high byte of nearly every code unit is 0x00 (ASCII) or 0x04 (Cyrillic).</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, bool highByteFirst)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return false;
        var high = 0;
        var zeroLow = 0;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            var (h, l) = highByteFirst ? (bytes[i], bytes[i + 1]) : (bytes[i + 1], bytes[i]);
            if (h is 0x00 or 0x04) high++;
            if (l == 0) zeroLow++;
        }
        var units = bytes.Length / 2;
        return (double)high / units >= Utf16HighByteShare && zeroLow < units / 2;
    }
}
