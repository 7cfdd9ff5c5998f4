using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DecreeParser.Search.Querying;

/// <summary>
/// The documents holding a term, per segment, as bits, kept for the open reader's life: only for
/// terms in at least 1/<see cref="CommonShare"/> of the documents (<see cref="CommonWords"/>). Such
/// terms are few — at most <see cref="CommonShare"/> times the distinct terms of an average document
/// — so all their bits together take at most a byte for each document's each distinct term, whatever
/// is searched: tens of megabytes at a million measures.
/// </summary>
public sealed class TermBits(IndexReader reader)
{
    public const int CommonShare = 8;

    private readonly ConcurrentDictionary<(int Segment, Term Term), FixedBitSet> _bits = new();

    /// <summary>Whether a term is in at least 1/<see cref="CommonShare"/> of the documents.</summary>
    public bool IsCommon(Term term) => IsCommon(reader.DocFreq(term));

    /// <summary>Whether a term in this many documents is common.</summary>
    public bool IsCommon(int documents) => documents > 0 && (long)documents * CommonShare >= reader.MaxDoc;

    /// <summary>A common term's live documents in a segment; whether it is common is asked once, when its bits are first read.</summary>
    public FixedBitSet Of(AtomicReaderContext segment, Term term) =>
        _bits.GetOrAdd((segment.Ord, term), key =>
        {
            if (!IsCommon(key.Term)) throw new ArgumentException($"{key.Term} is not common enough to keep as bits", nameof(term));
            return Read(segment, key.Term);
        });

    /// <summary>A term's live documents in a segment, read from its postings now.</summary>
    public static FixedBitSet Read(AtomicReaderContext segment, Term term)
    {
        var bits = new FixedBitSet(segment.AtomicReader.MaxDoc);
        if (segment.AtomicReader.GetTermDocsEnum(term) is { } docs)
        {
            for (var doc = docs.NextDoc(); doc != DocsEnum.NO_MORE_DOCS; doc = docs.NextDoc()) bits.Set(doc);
        }
        return bits;
    }
}
