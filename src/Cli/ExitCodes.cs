namespace DecreeParser.Cli;

/// <summary>What a run's exit code says: the README lists these.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Nothing could be done: no input was converted.</summary>
    public const int NothingDone = 1;

    /// <summary>Some inputs were converted, some failed.</summary>
    public const int SomeFailed = 2;
}
