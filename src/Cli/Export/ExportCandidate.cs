using System.Globalization;
using System.Text.RegularExpressions;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Cli.Export;

/// <summary>
/// What the export needs to know of one converted file to choose between copies of a decree,
/// without keeping the decree: its key (id and language), how much of it OCR read, how far its
/// status and its amendment notes go, and its format.
/// </summary>
public sealed partial record ExportCandidate(string File, string Key, int OcrPages, int StatusRank, DateOnly? LatestNote, string Format)
{
    public static ExportCandidate Of(string file, Decree decree) => new(
        file,
        DecreeKey.Of(decree, Path.GetFileNameWithoutExtension(file)),
        decree.Source.OcrPages,
        DecreeStatus.Rank(decree.Status),
        decree.Notes.SelectMany(note => NoteDate().Matches(note.Text)).Select(Date).Where(date => date is not null).Max(),
        decree.Source.Format);

    private static DateOnly? Date(Match match) =>
        DateOnly.TryParseExact(match.Value, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The dates amendment notes give their acts by ("… от 10.06.2025 № 293").</summary>
    [GeneratedRegex(@"\b\d{2}\.\d{2}\.\d{4}\b")]
    private static partial Regex NoteDate();
}
