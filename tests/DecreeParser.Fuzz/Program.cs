using DecreeParser.Fuzz;
using SharpFuzz;

// decree-fuzz TARGET: read inputs from afl-fuzz (through SharpFuzz's out-of-process loop) and give
// them to one target. decree-fuzz TARGET FILE...: run the target once on each file, as the
// regression tests do, to see a finding's exception.
if (args.Length == 0 || !FuzzTargets.All.ContainsKey(args[0]))
{
    Console.Error.WriteLine($"usage: decree-fuzz {string.Join('|', FuzzTargets.All.Keys)} [FILE...]");
    return 1;
}
if (args.Length > 1)
{
    foreach (var file in args.Skip(1)) FuzzTargets.Run(args[0], File.ReadAllBytes(file));
    return 0;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    FuzzTargets.Run(args[0], copy.ToArray());
});
return 0;
