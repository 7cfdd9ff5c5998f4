using DecreeParser.Ingest.Pipeline;
using DecreeParser.Ingest.Reading;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Formats;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Robustness;

/// <summary>
/// Every bundled input, damaged in every way <see cref="Mutations"/> knows, a few seeds each: reading
/// and structuring either give a decree or refuse the file with a reason (<see cref="DecreeInputException"/>,
/// which the batch reports with its stage); no other exception — what the batch would report as stage
/// "internal" — ever escapes; none hangs; none allocates without bound. Left out: the scans (the
/// seed's and the ladder's, corpus/scans) and the
/// legacy formats, whose damage tesseract and LibreOffice meet, not our code, and which take seconds each.
/// </summary>
public class MutationTests
{
    private const int SeedsPerKind = 3;
    private const long MostBytesAllocated = 2L * 1024 * 1024 * 1024;
    private static readonly TimeSpan MostTime = TimeSpan.FromSeconds(60);

    public static IEnumerable<object[]> Inputs =>
        Directory.EnumerateFiles(Path.Combine(Repository.Root, "corpus"), "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("corpus/expected/", StringComparison.Ordinal) && !path.StartsWith("corpus/search/", StringComparison.Ordinal) && !path.StartsWith("corpus/scans/", StringComparison.Ordinal))
            .Where(path => Path.GetExtension(path) is ".txt" or ".html" or ".docx" or ".pdf" && !path.EndsWith(".scan.pdf", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => new object[] { path });

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Damaged_input_is_read_or_refused_never_a_fault(string file)
    {
        var original = File.ReadAllBytes(Repository.File(file));
        foreach (var kind in Mutations.Kinds)
        {
            for (var seed = 1; seed <= SeedsPerKind; seed++)
            {
                var damaged = Mutations.Apply(kind, original, seed);
                var (fault, allocated) = await Task.Run(() => Convert(damaged, $"{file}~{kind}{seed}")).WaitAsync(MostTime);
                Assert.True(fault is null, $"{file} with {kind} damage (seed {seed}): {fault}");
                Assert.True(allocated < MostBytesAllocated, $"{file} with {kind} damage (seed {seed}) allocated {allocated / (1024 * 1024)} MB");
            }
        }
    }

    /// <summary>A fault of ours while converting, or null; and the bytes the conversion allocated.</summary>
    private static (string? Fault, long Allocated) Convert(byte[] bytes, string name)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            DecreePipeline.Structure(DocumentReader.Read(bytes, name));
            return (null, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        catch (DecreeInputException)
        {
            return (null, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (e.ToString(), GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }

    private static readonly string[] Decrees = ["corpus/seed/000_ed493f9bc562bc01.txt", "corpus/formats/P1800000897.html", "corpus/formats/P1800000897.docx"];

    public static IEnumerable<object[]> LightlyDamaged => Decrees
        .SelectMany(file => Enumerable.Range(1, 10).Select(seed => new object[] { file, seed }));

    [Theory]
    [MemberData(nameof(LightlyDamaged))]
    public void A_decree_with_one_byte_changed_still_converts_whole(string file, int seed)
    {
        var bytes = File.ReadAllBytes(Repository.File(file));
        var random = new Random(seed);
        // One bit of one byte, away from a zip's own structures: inside the text of the decree.
        var damaged = file.EndsWith(".docx", StringComparison.Ordinal) ? Mutations.Apply("xml", bytes, seed) : Flipped(bytes, random);
        Decree decree;
        try
        {
            decree = DecreePipeline.Structure(DocumentReader.Read(damaged, file));
        }
        catch (DecreeInputException e) when (file.EndsWith(".docx", StringComparison.Ordinal))
        {
            // XML damage may break the document's well-formedness: a refusal, said as such.
            Assert.Contains("not a readable DOCX", e.Message, StringComparison.Ordinal);
            return;
        }
        Assert.InRange(decree.Measures.Count, 125, 127);
        Assert.Equal(Seed.Decree.Id, decree.Id);
    }

    private static byte[] Flipped(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }
}
