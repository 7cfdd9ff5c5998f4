using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DecreeParser.Search.Querying;

/// <summary>
/// Where a matching pass may look for its best first (<see cref="CandidatesFirst"/>): for a segment, its
/// matches as bits, then narrower and narrower sets of them (<see cref="Levels"/>); and for each set, the
/// most a match outside it can score (<see cref="Outside"/>; null when no match lies outside it).
/// </summary>
/// <param name="Levels">For a segment: every match first, then each narrower set inside the one before.</param>
/// <param name="Outside">By level: the bound of the matches outside it (the first level's, all of them, is null).</param>
public sealed record CandidatePlan(Func<AtomicReaderContext, FixedBitSet[]> Levels, IReadOnlyList<double?> Outside);
