namespace DecreeParser.Tests.Formats;

/// <summary>
/// A decree as the fixture renderers lay it out in HTML and DOCX: the title and act line (the page's
/// head), then paragraphs, headings and tables. A table's rows list the cells as the source declares
/// them, merged cells once with their spans, as HTML writes them.
/// </summary>
public sealed record FixtureDocument(string Title, string ActLine, IReadOnlyList<FixturePart> Body);

public abstract record FixturePart;

public sealed record FixtureParagraph(string Text) : FixturePart;

public sealed record FixtureHeading(string Text, int Level) : FixturePart;

/// <summary>
/// A table: its first <paramref name="HeaderRows"/> rows repeat on every page of the DOCX (and so of
/// its PDF); <paramref name="Widths"/> are the columns' widths in fiftieths of a percent of the page.
/// </summary>
public sealed record FixtureTable(IReadOnlyList<IReadOnlyList<FixtureCell>> Rows, int HeaderRows, IReadOnlyList<int> Widths) : FixturePart;

public sealed record FixtureCell(string Text, int ColumnSpan = 1, int RowSpan = 1, bool Bold = false);
