using System.Security.Cryptography;
using System.Text;
using DecreeParser.Model;
using DecreeParser.Model.Blocks;

namespace DecreeParser.Ingest.Reading;

/// <summary>
/// Reads any input file into blocks, choosing the reader by what the bytes are, not by the file's
/// extension. Input that no reader takes is refused with the file and the reason.
/// </summary>
public static class DocumentReader
{
    public static BlockDocument Read(string path, string displayPath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new DecreeInputException(displayPath, "file not found");
        }
        catch (DirectoryNotFoundException)
        {
            throw new DecreeInputException(displayPath, "file not found");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DecreeInputException(displayPath, $"cannot be read ({e.Message})");
        }
        return Read(bytes, displayPath);
    }

    public static BlockDocument Read(byte[] bytes, string displayPath)
    {
        if (bytes.Length == 0) throw new DecreeInputException(displayPath, "file is empty");
        var format = SourceFormatDetector.Detect(bytes);
        var source = new DocumentSource(displayPath, format.Name, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        return format switch
        {
            { Name: SourceFormat.Text } => new BlockDocument(PlainTextReader.Read(DecodeText(bytes, displayPath)), source),
            _ => throw new DecreeInputException(displayPath, format.Refusal ?? $"{format.Name} input is not supported"),
        };
    }

    private static string DecodeText(byte[] bytes, string displayPath)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            var text = strict.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw new DecreeInputException(displayPath, "not valid UTF-8 text");
        }
    }
}
