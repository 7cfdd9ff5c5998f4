using DecreeParser.Ingest.Reading.Pdf.Ocr;

namespace DecreeParser.Ingest.Reading.Legacy;

/// <summary>
/// Turns a legacy word-processor file (.doc, .rtf, .odt) into DOCX with LibreOffice, run headless
/// with a profile and a folder of its own (so it neither touches nor waits on anyone's LibreOffice)
/// and a time limit, for the DOCX reader to read.
/// </summary>
public static class LegacyConverter
{
    public const string InstallHint = "apt-get install libreoffice-writer-nogui";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static byte[] ToDocx(byte[] bytes, string format, string displayPath, CancellationToken cancel)
    {
        var folder = Directory.CreateTempSubdirectory("decree-legacy-");
        try
        {
            var input = Path.Combine(folder.FullName, $"input.{format}");
            File.WriteAllBytes(input, bytes);
            var profile = new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;
            var output = Path.Combine(folder.FullName, "out");
            ExternalTool.Run("soffice", ["--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", "docx", "--outdir", output, input], InstallHint, Limit, cancel);
            var docx = Path.Combine(output, "input.docx");
            return File.Exists(docx) ? File.ReadAllBytes(docx) : throw new DecreeInputException(displayPath, $"LibreOffice could not read this {format} file");
        }
        catch (ToolException e)
        {
            throw new DecreeInputException(displayPath, $"{format} file: {e.Message}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
