using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DecreeParser.Ingest.Reading.Docx;

/// <summary>
/// Renders the labels Word draws for numbered paragraphs ("1.", "2)", "а)"), which are not in the
/// text: a decree's points and sub-items are often numbered this way. Counters run per list and
/// level; a level's counter restarts when a shallower level moves on.
/// </summary>
public sealed class DocxNumbering(NumberingDefinitionsPart? part)
{
    private readonly Dictionary<(int Abstract, int Level), int> _counters = [];

    /// <summary>The label for a paragraph, "" when it is not numbered or numbered by bullets.</summary>
    public string Label(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties;
        if (part?.Numbering is not { } numbering || properties?.NumberingId?.Val.Valid() is not { } numberingId) return "";
        var level = properties.NumberingLevelReference?.Val.Valid() ?? 0;
        var instance = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID.Valid() == numberingId);
        var abstractId = instance?.AbstractNumId?.Val.Valid();
        var definition = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId.Valid() == abstractId);
        if (abstractId is not { } id || definition is null) return "";

        var counter = _counters.GetValueOrDefault((id, level), Start(definition, level) - 1) + 1;
        _counters[(id, level)] = counter;
        foreach (var deeper in _counters.Keys.Where(k => k.Abstract == id && k.Level > level).ToList()) _counters.Remove(deeper);

        var format = Level(definition, level)?.NumberingFormat?.Val.Valid();
        if (format == NumberFormatValues.Bullet || format == NumberFormatValues.None) return "";
        var text = Level(definition, level)?.LevelText?.Val?.Value ?? $"%{level + 1}.";
        for (var l = 0; l <= level; l++)
        {
            var value = _counters.GetValueOrDefault((id, l), Start(definition, l));
            text = text.Replace($"%{l + 1}", Format(value, Level(definition, l)?.NumberingFormat?.Val.Valid()), StringComparison.Ordinal);
        }
        return text;
    }

    private static Level? Level(AbstractNum definition, int level) =>
        definition.Elements<Level>().FirstOrDefault(l => l.LevelIndex.Valid() == level);

    private static int Start(AbstractNum definition, int level) => Level(definition, level)?.StartNumberingValue?.Val.Valid() ?? 1;

    private static string Format(int value, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.LowerLetter) return ((char)('a' + (value - 1) % 26)).ToString();
        if (format == NumberFormatValues.UpperLetter) return ((char)('A' + (value - 1) % 26)).ToString();
        if (format == NumberFormatValues.UpperRoman) return Model.Text.RomanNumeral.ToLatin(value);
        if (format == NumberFormatValues.LowerRoman) return Model.Text.RomanNumeral.ToLatin(value).ToLowerInvariant();
        return value.ToString(CultureInfo.InvariantCulture);
    }
}
