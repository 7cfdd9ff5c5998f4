using DecreeParser.Model;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Repair;

/// <summary>Collects every change a repair makes, in the order made.</summary>
public sealed class RepairLog
{
    private readonly List<Model.Decrees.Repair> _entries = [];

    public IReadOnlyList<Model.Decrees.Repair> Entries => _entries;

    public void Record(string kind, string before, string after, SourceLocation location) =>
        _entries.Add(new Model.Decrees.Repair(kind, before, after, location));

    /// <summary>Places the entries recorded since the first <paramref name="from"/> in a column of the row they were recorded at.</summary>
    public void PlaceInColumn(int from, int column)
    {
        for (var i = from; i < _entries.Count; i++) _entries[i] = _entries[i] with { Location = _entries[i].Location.InColumn(column) };
    }
}

/// <summary>The repair kinds as they appear in the JSON's "repairs[].kind".</summary>
public static class RepairKinds
{
    public const string InvalidByte = "invalidByte";
    public const string ReplacementCharacter = "replacementCharacter";
    public const string UnicodeNormalization = "unicodeNormalization";
    public const string Markup = "markupResidue";
    public const string LetterSpacing = "letterSpacing";
    public const string LookalikeLetters = "lookalikeLetters";
    public const string Whitespace = "whitespace";
    public const string SeparatorRow = "separatorRow";
    public const string ColumnNumberRow = "columnNumberRow";
    public const string ContinuationRow = "continuationRow";
    public const string SplitNumber = "splitNumber";
    public const string AbbreviationVariant = "abbreviationVariant";
    public const string GlossaryKey = "glossaryKey";
    public const string AgreementReattached = "agreementReattached";
    public const string OcrNumberSign = "ocrNumberSign";
    public const string OcrRomanNumeral = "ocrRomanNumeral";
    public const string OcrMeasureNumber = "ocrMeasureNumber";
    public const string OcrPhrase = "ocrPhrase";
    public const string OcrLetter = "ocrLetter";
}
