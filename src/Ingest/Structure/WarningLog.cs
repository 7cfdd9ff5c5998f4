using DecreeParser.Model;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Structure;

/// <summary>Collects what a reader of the data should know, in the order found.</summary>
public sealed class WarningLog
{
    private readonly List<Warning> _entries = [];

    public IReadOnlyList<Warning> Entries => _entries;

    public void Add(string code, string message, SourceLocation location) =>
        _entries.Add(new Warning(code, message, location));
}

/// <summary>The warning codes as they appear in the JSON's "warnings[].code".</summary>
public static class WarningCodes
{
    public const string InvalidBytes = "invalidBytes";
    public const string UnknownDeadline = "unknownDeadline";
    public const string UnreadFinancing = "unreadFinancing";
    public const string UnreadValue = "unreadValue";
    public const string UnknownColumn = "unknownColumn";
    public const string EmptyCell = "emptyCell";
    public const string UndefinedAbbreviation = "undefinedAbbreviation";
    public const string AmbiguousAbbreviation = "ambiguousAbbreviation";
    public const string NumberingGap = "numberingGap";
    public const string DuplicateNumber = "duplicateNumber";
    public const string MissingParent = "missingParent";
    public const string TotalsMismatch = "totalsMismatch";
    public const string UnrecognisedRow = "unrecognisedRow";
    public const string SectionNumbering = "sectionNumbering";
    public const string NoId = "noId";
    public const string IdMismatch = "idMismatch";
    public const string NoMetadata = "noMetadata";
}
