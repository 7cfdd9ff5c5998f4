using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace DecreeParser.Ingest.Reading;

/// <summary>
/// Decodes a text file's bytes, in this order of evidence: a byte order mark (UTF-8, UTF-16); a
/// charset the file declares in its first kilobyte (<see cref="DeclaredCharset"/>: an HTML meta
/// tag or an XML declaration); UTF-16 without a mark (every other byte 0x00 or 0x04 — ASCII or
/// Cyrillic); UTF-8 when the bytes are UTF-8 as a whole; and only then a Windows single-byte code
/// page. "UTF-8 as a whole": at least one multi-byte sequence is valid and no more than one in
/// twenty of the non-ASCII sequences is not (<see cref="MostInvalidShare"/>) — a few stray bytes
/// in a UTF-8 file leave it UTF-8, their bytes read as U+FFFD and each reported; a text in a code
/// page has almost no valid sequences, since its letters are lead bytes followed by more letters.
/// KZ-1048, the Kazakh code page, is Windows-1251 with sixteen letters replaced by ә ғ қ ң ө ұ ү
/// һ: those byte values spell Macedonian, Serbian and Ukrainian letters in Windows-1251, which
/// Russian text does not use, so their share tells the two apart.
/// </summary>
public static class TextDecoder
{
    /// <summary>Past this share of invalid sequences among the non-ASCII ones, the bytes are not UTF-8.</summary>
    public const double MostInvalidShare = 0.05;

    private const double KazakhByteShare = 0.01;
    private const double Utf16HighByteShare = 0.9;

    private static readonly FrozenDictionary<byte, char> Kz1048Letters = new Dictionary<byte, char>
    {
        [0x8D] = 'Қ', [0x8E] = 'Һ', [0x9D] = 'қ', [0x9E] = 'һ', [0xA1] = 'Ұ', [0xA2] = 'ұ', [0xA3] = 'Ә', [0xA5] = 'Ө',
        [0xAA] = 'Ғ', [0xAF] = 'Ү', [0xB4] = 'ө', [0xBA] = 'ғ', [0xBC] = 'ә', [0xBD] = 'Ң', [0xBE] = 'ң', [0xBF] = 'ү',
    }.ToFrozenDictionary();

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text, the name of the encoding it was read in and the byte sequences that were not of it; null when the bytes are not text.</summary>
    public static DecodedText? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Utf8(bytes[3..], 3).Text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Strict(new UnicodeEncoding(false, false, true), bytes[2..], "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Strict(new UnicodeEncoding(true, false, true), bytes[2..], "utf-16be");
        if (LooksLikeUtf16(bytes, highByteFirst: false)) return Strict(new UnicodeEncoding(false, false, true), bytes, "utf-16le");
        if (LooksLikeUtf16(bytes, highByteFirst: true)) return Strict(new UnicodeEncoding(true, false, true), bytes, "utf-16be");
        if (bytes.Contains((byte)0)) return null;
        switch (DeclaredCharset.Find(bytes))
        {
            case "utf-8":
                return Utf8(bytes, 0).Text;
            case "kz-1048":
                return Kz1048(bytes);
            case { } declared when KnownSingleByte(declared) is { } encoding:
                return new DecodedText(encoding.GetString(bytes), declared, []);
        }
        var (utf8, multiByte) = Utf8(bytes, 0);
        var invalid = utf8.Invalid.Count;
        return invalid == 0 || (multiByte > 0 && (double)invalid / (multiByte + invalid) <= MostInvalidShare) ? utf8 : SingleByte(bytes);
    }

    /// <summary>
    /// UTF-8, each invalid sequence (the longest that cannot start a character) read as U+FFFD and
    /// reported at its byte offset; with the count of valid multi-byte characters, the evidence for
    /// UTF-8 when some sequences are not (bytes valid throughout are UTF-8 whatever it is, and it is not counted).
    /// </summary>
    private static (DecodedText Text, int MultiByte) Utf8(ReadOnlySpan<byte> bytes, int offset)
    {
        // Nearly every file is valid UTF-8 throughout: decoded in one pass. Only a file with a fault is
        // walked a character at a time.
        if (ValidUtf8(bytes) is { } valid) return (valid, 0);
        var text = new StringBuilder(bytes.Length);
        var invalid = new List<InvalidBytes>();
        var multiByte = 0;
        for (var i = 0; i < bytes.Length;)
        {
            var status = Rune.DecodeFromUtf8(bytes[i..], out var rune, out var consumed);
            if (status == OperationStatus.Done)
            {
                AppendRune(text, rune);
                if (consumed > 1) multiByte++;
            }
            else if (i >= 2 && StrayAfterLead(bytes[(i - 2)..], text) is { } letter)
            {
                // The byte before this orphan was the stray: it took the lead byte and made another letter.
                text[^1] = letter;
                text.Append('\uFFFD');
                invalid.Add(new InvalidBytes(offset + i - 1, Convert.ToHexString(bytes.Slice(i - 1, 1))));
                consumed = 1;
            }
            else if (StrayInsideCharacter(bytes[i..]) is var (character, stray, length))
            {
                // A byte wedged inside a character: the character stands, the byte is one U+FFFD after it.
                AppendRune(text, character);
                text.Append('\uFFFD');
                invalid.Add(new InvalidBytes(offset + i + stray, Convert.ToHexString(bytes.Slice(i + stray, 1))));
                multiByte++;
                consumed = length;
            }
            else
            {
                invalid.Add(new InvalidBytes(offset + i, Convert.ToHexString(bytes.Slice(i, consumed))));
                text.Append('\uFFFD');
            }
            i += consumed;
        }
        return (new DecodedText(text.ToString(), "utf-8", invalid), multiByte);
    }

    /// <summary>
    /// Bytes that are UTF-8 throughout, decoded; null at the first fault. One pass: checking the bytes
    /// first and decoding them after read a file three times (the check, the count, the decoding).
    /// </summary>
    private static DecodedText? ValidUtf8(ReadOnlySpan<byte> bytes)
    {
        // A UTF-8 file never holds more characters than bytes.
        var pooled = bytes.Length <= FileBytes.PooledAtMost;
        var chars = pooled ? ArrayPool<char>.Shared.Rent(bytes.Length) : new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done) return new DecodedText(chars, written, pooled, "utf-8");
        if (pooled) ArrayPool<char>.Shared.Return(chars);
        return null;
    }

    private static void AppendRune(StringBuilder text, Rune rune)
    {
        Span<char> chars = stackalloc char[2];
        text.Append(chars[..rune.EncodeToUtf16(chars)]);
    }

    /// <summary>
    /// A multi-byte character with one stray byte inside it (a lead byte, the stray, then the
    /// character's continuation bytes): the character, where the stray stands, and the bytes taken.
    /// </summary>
    private static (Rune Character, int Stray, int Length)? StrayInsideCharacter(ReadOnlySpan<byte> bytes)
    {
        var length = bytes[0] switch { >= 0xC2 and <= 0xDF => 2, >= 0xE0 and <= 0xEF => 3, >= 0xF0 and <= 0xF4 => 4, _ => 0 };
        if (length == 0 || bytes.Length < length + 1) return null;
        Span<byte> candidate = stackalloc byte[4];
        for (var stray = 1; stray < length; stray++)
        {
            bytes[..stray].CopyTo(candidate);
            bytes.Slice(stray + 1, length - stray).CopyTo(candidate[stray..]);
            if (Rune.DecodeFromUtf8(candidate[..length], out var rune, out var used) == OperationStatus.Done && used == length) return (rune, stray, length + 1);
        }
        return null;
    }

    /// <summary>
    /// A stray continuation byte wedged after a two-byte letter's lead pairs with it into a valid but
    /// foreign letter ("Қ" D2 9A with 0x80 inside reads "Ҁ" then an orphan 9A). When the lead with
    /// the orphan instead is a letter of the Kazakh and Russian alphabets and the letter decoded is
    /// not, that was the letter: it is returned, to take the foreign one's place.
    /// </summary>
    private static char? StrayAfterLead(ReadOnlySpan<byte> bytes, StringBuilder text)
    {
        if (bytes[0] is < 0xC2 or > 0xDF || bytes[1] is < 0x80 or > 0xBF || bytes[2] is < 0x80 or > 0xBF) return null;
        if (text.Length == 0 || IsAlphabetLetter(text[^1])) return null;
        var letter = (char)(((bytes[0] & 0x1F) << 6) | (bytes[2] & 0x3F));
        return IsAlphabetLetter(letter) ? letter : null;
    }

    /// <summary>A letter of the Kazakh or Russian Cyrillic alphabet.</summary>
    private static bool IsAlphabetLetter(char c) => c is (>= 'А' and <= 'я') or 'Ё' or 'ё' || "ӘәҒғҚқҢңӨөҰұҮүҺһІі".Contains(c, StringComparison.Ordinal);

    private static Encoding? KnownSingleByte(string name)
    {
        try
        {
            var encoding = Encoding.GetEncoding(name);
            return encoding.IsSingleByte ? encoding : null;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // A name .NET knows but will not decode ("utf-7", disabled since .NET 5) is as good as none: the bytes decide.
            return null;
        }
    }

    private static DecodedText SingleByte(ReadOnlySpan<byte> bytes)
    {
        var letters = 0;
        var kazakh = 0;
        foreach (var b in bytes)
        {
            if (b >= 0xC0) letters++;
            if (Kz1048Letters.ContainsKey(b)) kazakh++;
        }
        if (letters == 0 || (double)kazakh / (letters + kazakh) < KazakhByteShare) return new DecodedText(Encoding.GetEncoding(1251).GetString(bytes), "windows-1251", []);
        return Kz1048(bytes);
    }

    private static DecodedText Kz1048(ReadOnlySpan<byte> bytes)
    {
        var windows1251 = Encoding.GetEncoding(1251).GetString(bytes);
        var text = new StringBuilder(windows1251.Length);
        for (var i = 0; i < bytes.Length; i++) text.Append(Kz1048Letters.TryGetValue(bytes[i], out var letter) ? letter : windows1251[i]);
        return new DecodedText(text.ToString(), "kz-1048", []);
    }

    private static DecodedText? Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return new DecodedText(encoding.GetString(bytes), name, []);
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
        // Without a single 0x00 or 0x04 byte no unit has a high byte of Latin or Cyrillic: no need to count.
        if (bytes.IndexOfAny((byte)0x00, (byte)0x04) < 0) return false;
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

/// <summary>A byte sequence that was not valid in the file's encoding: where it stood and what it was, in hex.</summary>
public sealed record InvalidBytes(long Offset, string Hex);
