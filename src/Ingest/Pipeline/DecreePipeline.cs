using DecreeParser.Ingest.Reading;
using DecreeParser.Ingest.Structure;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Pipeline;

/// <summary>The whole job for one file: read it into blocks, repair them, structure the decree.</summary>
public static class DecreePipeline
{
    /// <param name="path">The file to read.</param>
    /// <param name="displayPath">How the file is named in the output and in errors (the path the user gave).</param>
    /// <param name="times">Where each stage's time is added, when it is measured (`decree bench --stages`).</param>
    /// <exception cref="DecreeInputException">The file is missing, empty, binary or otherwise unreadable.</exception>
    public static Decree Convert(string path, string displayPath, StageTimes? times = null)
    {
        times?.Start();
        var document = DocumentReader.Read(path, displayPath);
        times?.Lap("read");
        return Structure(document, times);
    }

    /// <summary>The repair and structure stages on a document already read.</summary>
    /// <exception cref="DecreeInputException">The document holds no decree.</exception>
    public static Decree Structure(BlockDocument document, StageTimes? times = null)
    {
        var decree = DecreeBuilder.Build(document, times);
        // A text with no act line, no operative points, no articles or chapters and no roadmap is some
        // other document (a README, a note): writing a "decree" for it would only put junk into a dataset.
        if (decree.Number is null && decree.Paragraphs.Count == 0 && decree.Measures.Count == 0 && !decree.Structure.Any(unit => UnitKinds.IsDivision(unit.Kind)))
        {
            throw new DecreeInputException(document.Source.Path, "no decree found in it: no act line, no operative points, no articles or chapters, no roadmap");
        }
        return decree;
    }
}
