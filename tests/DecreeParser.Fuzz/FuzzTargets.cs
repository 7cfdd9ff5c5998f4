using DecreeParser.Ingest.Pipeline;
using DecreeParser.Ingest.Reading;
using DecreeParser.Ingest.Reading.Docx;
using DecreeParser.Ingest.Reading.Pdf;

namespace DecreeParser.Fuzz;

/// <summary>
/// What each fuzz target does with the bytes afl-fuzz gives it. A refusal with a reason
/// (<see cref="DecreeInputException"/>) is the right answer to bad bytes; any other exception is a
/// finding: afl-fuzz sees it as a crash. The same targets run the regression tests over the inputs
/// fuzzing found (tests/DecreeParser.Tests/Robustness/fuzz-found).
/// </summary>
public static class FuzzTargets
{
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>
    {
        ["text"] = bytes => PlainTextReader.Read(Decode(bytes)),
        ["html"] = bytes => HtmlReader.Read(Decode(bytes).AsMemory(), "fuzz.html"),
        ["docx"] = bytes => DocxReader.Read(bytes, "fuzz.docx"),
        ["pdf"] = bytes => PdfReader.Read(bytes, "fuzz.pdf", CancellationToken.None),
        ["pipeline"] = bytes => DecreePipeline.Structure(DocumentReader.Read(bytes, "fuzz")),
    };

    /// <summary>Runs a target on bytes; a refusal is an answer, not a finding.</summary>
    public static void Run(string target, byte[] bytes)
    {
        try
        {
            All[target](bytes);
        }
        catch (DecreeInputException)
        {
        }
    }

    private static string Decode(byte[] bytes) => TextDecoder.Decode(bytes)?.Text ?? "";
}
