using System.Text;
using DecreeParser.Model;

namespace DecreeParser.Ingest.Repair;

/// <summary>
/// Text in NFC, so that "й" typed as "и" + combining breve compares equal to "й" everywhere after.
/// </summary>
public sealed class UnicodeNormalization : ITextRepair
{
    public string Apply(string text, SourceLocation location, RepairLog log)
    {
        if (text.IsNormalized(NormalizationForm.FormC)) return text;
        var normalized = text.Normalize(NormalizationForm.FormC);
        log.Record(RepairKinds.UnicodeNormalization, text, normalized, location);
        return normalized;
    }
}
