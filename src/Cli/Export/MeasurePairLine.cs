using DecreeParser.Model.Decrees;
using DecreeParser.Model.Twins;

namespace DecreeParser.Cli.Export;

/// <summary>
/// One line of measures-kk-ru.jsonl: a measure of a decree's Kazakh text beside the measure with its
/// plan and number in the Russian text (either null when the other text lacks it), whether the two
/// state the same deadline, bodies, sources and amounts, where they differ, and the names that could
/// not be compared, as docs/measure-pair-line.schema.json describes.
/// </summary>
public sealed record MeasurePairLine(
    string Decree,
    int Plan,
    string Number,
    bool Agrees,
    IReadOnlyList<TwinDifference> Disagreements,
    IReadOnlyList<UncheckedName> Unchecked,
    MeasureLine? Kk,
    MeasureLine? Ru)
{
    public static MeasurePairLine Of(Decree kk, string kkKey, MeasurePair pair, Decree ru, string ruKey)
    {
        var agreement = TwinCheck.Compare(kk, pair, ru);
        return new MeasurePairLine(
            kk.Id ?? kkKey, pair.Plan, pair.Number, agreement.Agrees, agreement.Disagreements, agreement.Unchecked,
            pair.Kk is { } k ? MeasureLine.Of(kk, kkKey, k) : null,
            pair.Ru is { } r ? MeasureLine.Of(ru, ruKey, r) : null);
    }
}
