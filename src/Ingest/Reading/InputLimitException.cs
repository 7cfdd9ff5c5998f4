namespace DecreeParser.Ingest.Reading;

/// <summary>
/// An input past one of the <see cref="ReaderLimits"/>, thrown where the reader finds it out (a
/// table grid, a PDF's nesting); <see cref="DocumentReader"/> turns it into the refusal of the
/// file by name.
/// </summary>
public sealed class InputLimitException(string reason) : Exception(reason);
