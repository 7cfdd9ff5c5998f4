using System.Diagnostics;

namespace DecreeParser.Ingest.Pipeline;

/// <summary>
/// How long each stage of conversions took, added up over as many as are run with it: where a
/// decree's milliseconds go, for `decree bench --stages`. A conversion given none is not timed.
/// </summary>
public sealed class StageTimes
{
    private readonly Stopwatch _clock = new();
    private readonly List<(string Stage, TimeSpan Spent)> _spent = [];

    /// <summary>Each stage in the order it first ran, with its time over every conversion.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Spent)> Spent => _spent;

    /// <summary>A conversion begins: its first stage is timed from here.</summary>
    public void Start() => _clock.Restart();

    /// <summary>The stage just finished: the time since the last lap is added to it.</summary>
    public void Lap(string stage)
    {
        var at = _spent.FindIndex(s => s.Stage == stage);
        if (at < 0) _spent.Add((stage, _clock.Elapsed));
        else _spent[at] = (stage, _spent[at].Spent + _clock.Elapsed);
        _clock.Restart();
    }
}
