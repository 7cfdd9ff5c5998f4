using System.Collections.Concurrent;

namespace DecreeParser.Ingest.Reading.Pdf.Ocr;

/// <summary>Reads scanned pages on every core: OCR is the slow part of reading a scan. An abandoned conversion starts no more pages.</summary>
public sealed class ConcurrentPages(IReadOnlyList<int> pages, Func<int, PageContent> read, CancellationToken cancel)
{
    public Dictionary<int, PageContent> Read()
    {
        var results = new ConcurrentDictionary<int, PageContent>();
        try
        {
            Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel }, number => results[number] = read(number));
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(inner => inner is ToolException) is ToolException tool)
        {
            throw tool;
        }
        return new Dictionary<int, PageContent>(results);
    }
}
