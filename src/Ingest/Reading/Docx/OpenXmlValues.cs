using DocumentFormat.OpenXml;

namespace DecreeParser.Ingest.Reading.Docx;

/// <summary>
/// Typed attribute values read as Word would: a value that does not parse (gridSpan="c", found by
/// fuzzing) is as if it were absent. The SDK parses attributes when they are first read and throws
/// a FormatException there, deep in the reading; this reads them without.
/// </summary>
internal static class OpenXmlValues
{
    public static T? Valid<T>(this OpenXmlSimpleValue<T>? value) where T : struct => value is { HasValue: true } ? value.Value : null;
}
