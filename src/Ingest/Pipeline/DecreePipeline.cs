using DecreeParser.Ingest.Reading;
using DecreeParser.Ingest.Structure;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Pipeline;

/// <summary>The whole job for one file: read it into blocks, repair them, structure the decree.</summary>
public static class DecreePipeline
{
    /// <param name="path">The file to read.</param>
    /// <param name="displayPath">How the file is named in the output and in errors (the path the user gave).</param>
    /// <exception cref="DecreeInputException">The file is missing, empty, binary or otherwise unreadable.</exception>
    public static Decree Convert(string path, string displayPath) =>
        DecreeBuilder.Build(DocumentReader.Read(path, displayPath));
}
