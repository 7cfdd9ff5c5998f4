using System.Collections.Concurrent;
using DecreeParser.Ingest.Json;
using DecreeParser.Ingest.Pipeline;
using DecreeParser.Ingest.Reading;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;
using DecreeParser.Model.Files;

namespace DecreeParser.Cli.Batch;

/// <summary>
/// Converts one input of a batch into its output file, or says why not. Safe to call from many
/// threads: the folder's names are claimed under its lock, and nothing else is shared but the set
/// of sources seen this run. Nothing of a decree is kept after its file is written.
/// </summary>
/// <param name="shard">This worker's share of a sharded batch; null for every input.</param>
public sealed class BatchConverter(OutputFolder folder, bool force, Shard? shard = null)
{
    private readonly ConcurrentDictionary<string, string> seenBytes = new(StringComparer.Ordinal);

    /// <param name="input">The input file.</param>
    /// <param name="mayWrite">Asked just before the output is written: false when the conversion was abandoned meanwhile.</param>
    /// <param name="cancel">Abandons the conversion (the file's time budget ran out).</param>
    public BatchOutcome Convert(string input, Func<bool>? mayWrite = null, CancellationToken cancel = default)
    {
        var display = DisplayPath.Of(input);
        BlockDocument document;
        try
        {
            using var bytes = FileBytes.Read(input, display);
            var sha256 = bytes.Sha256;
            if (shard is not null && !shard.Holds(sha256)) return new OtherShard(display);
            if (!seenBytes.TryAdd(sha256, display)) return new Skipped(display, $"the same bytes as {seenBytes[sha256]}");
            if (!force && folder.UpToDateOutput(sha256) is { } existing) return new Skipped(display, $"unchanged since it was converted to {existing}");
            document = DocumentReader.Read(bytes, display, cancel);
        }
        catch (Exception e) when (Failure(display, "read", e) is { } failed)
        {
            return failed;
        }

        Decree decree;
        try
        {
            decree = DecreePipeline.Structure(document) with { PipelineVersion = PipelineVersion.Current };
        }
        catch (Exception e) when (Failure(display, "structure", e) is { } failed)
        {
            return failed;
        }

        try
        {
            if (mayWrite?.Invoke() == false) return new Failed(display, "timeout", "abandoned before its output was written");
            var key = DecreeKey.Of(decree, Path.GetFileNameWithoutExtension(input));
            // A scan read by OCR is named apart from a PDF with a text layer: "P1800000897.ocr.json".
            var variant = decree.Source.OcrPages > 0 ? "ocr" : decree.Source.Format;
            // A name this folder did not hold when the run began is published only if it is still free: a worker of
            // the same sharded batch may have written it since, and then the next name is claimed.
            var claimed = folder.Claim(key, variant, display, decree.Source.Sha256);
            // Written straight to the file; serialized again only in the rare race for a name.
            while (!AtomicFile.Write(Path.Combine(folder.Path, claimed.Name), stream => DecreeJson.Serialize(decree, stream), overwrite: claimed.Replaces))
            {
                folder.TakenMeanwhile(claimed.Name);
                claimed = folder.Claim(key, variant, display, decree.Source.Sha256);
            }
            return new Converted(display, claimed.Name, decree.Measures.Count, decree.Warnings.Select(w => w.Code).ToList(), claimed.Met);
        }
        catch (Exception e) when (Failure(display, "write", e) is { } failed)
        {
            return failed;
        }
    }

    /// <summary>
    /// The failure for an exception at a stage: the input's own reason for bad input, the fault's
    /// type and message for a fault of ours (so one file cannot cost the rest of the batch). Null
    /// for what no batch should survive.
    /// </summary>
    private static Failed? Failure(string input, string stage, Exception e) => e switch
    {
        OutOfMemoryException => null,
        OperationCanceledException => new Failed(input, "timeout", $"abandoned at the {stage} stage"),
        DecreeInputException bad => new Failed(input, stage, bad.Reason),
        IOException or UnauthorizedAccessException when stage == "write" => new Failed(input, stage, $"cannot be written ({e.Message})"),
        _ => new Failed(input, "internal", $"could not be converted ({e.GetType().Name}: {e.Message}) at the {stage} stage"),
    };
}
