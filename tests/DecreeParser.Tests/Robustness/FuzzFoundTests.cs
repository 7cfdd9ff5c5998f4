using DecreeParser.Fuzz;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Robustness;

/// <summary>
/// Every input afl-fuzz found to crash or hang a target (scripts/fuzz.sh copies them to
/// Robustness/fuzz-found/TARGET/) is run through that target again: it must now be read or refused
/// with a reason, and within a minute. The harness's targets are the same code the fuzzer ran.
/// </summary>
public class FuzzFoundTests
{
    private static readonly TimeSpan MostTime = TimeSpan.FromMinutes(1);

    public static string Folder => Path.Combine(Repository.Root, "tests", "DecreeParser.Tests", "Robustness", "fuzz-found");

    [Fact]
    public async Task Every_finding_is_read_or_refused_in_time()
    {
        foreach (var target in FuzzTargets.All.Keys)
        {
            var folder = Path.Combine(Folder, target);
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
            {
                var bytes = File.ReadAllBytes(file);
                try
                {
                    await Task.Run(() => FuzzTargets.Run(target, bytes)).WaitAsync(MostTime);
                }
                catch (Exception e)
                {
                    Assert.Fail($"{target}: {Path.GetFileName(file)}: {e}");
                }
            }
        }
    }

    [Fact]
    public void Each_target_of_the_harness_refuses_junk_with_a_reason_not_a_fault()
    {
        byte[] junk = [0x25, 0x50, 0x44, 0x46, 0x00, 0xFF, 0x50, 0x4B, 0x03, 0x04, 0x3C, 0x68];
        foreach (var target in FuzzTargets.All.Keys) FuzzTargets.Run(target, junk);
    }
}
