using DecreeParser.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace DecreeParser.Search.Querying;

/// <summary>
/// Reads the stored fields a hit shows, and stops at a decree's JSON once the body has been read: the
/// JSON is stored after every other field (<see cref="DecreeDocument.Build"/>), and passing over it
/// meant decompressing it — about a millisecond a decree hit at a million measures. In an index written
/// before the JSON came last it stands before the body, and is passed over as before.
/// </summary>
public sealed class HitFieldsVisitor(ISet<string> fields) : DocumentStoredFieldVisitor(fields)
{
    private const string RussianBody = IndexFields.Body + IndexFields.RussianSuffix;

    private bool _bodyRead;

    public override StoredFieldVisitor.Status NeedsField(FieldInfo fieldInfo)
    {
        if (_bodyRead && DecreeDocument.IsJson(fieldInfo.Name)) return StoredFieldVisitor.Status.STOP;
        var needs = base.NeedsField(fieldInfo);
        if (needs == StoredFieldVisitor.Status.YES && fieldInfo.Name is IndexFields.Body or RussianBody) _bodyRead = true;
        return needs;
    }
}
