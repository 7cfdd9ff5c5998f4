namespace DecreeParser.Search.Analysis;

/// <summary>Which forms of a text's words a Kazakh field holds (<see cref="KazakhAnalyzer"/>).</summary>
public enum KazakhForms
{
    /// <summary>Each word stemmed as written: the text fields, which score a match.</summary>
    Written,

    /// <summary>Each word as a Russian keyboard types it (<see cref="KeyboardFoldFilter"/>): the folded field.</summary>
    KeyboardFolded,

    /// <summary>
    /// Both, folded (<see cref="FoldedTwinFilter"/>): what the all-words field finds matches by, so that
    /// a word's one posting list there finds what its written and its folded forms would find.
    /// </summary>
    Both,
}
