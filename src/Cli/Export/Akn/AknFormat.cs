using System.Xml;
using DecreeParser.Model.Decrees;
using DecreeParser.Model.Files;

namespace DecreeParser.Cli.Export.Akn;

/// <summary>
/// `--format akn`: one Akoma Ntoso file a decree, ID.LANG.xml ("P1800000897.kk.xml"), unindented:
/// indenting would put white space into the act's text where an element opens a paragraph.
/// </summary>
public sealed class AknFormat(Func<string, AtomicFile.Staged> stage) : IDatasetFormat
{
    private readonly List<AtomicFile.Staged> _files = [];

    public IReadOnlyList<AtomicFile.Staged> Files => _files;

    public void Add(Decree decree, string key)
    {
        var file = stage($"{decree.Id ?? key.Split('.')[0]}.{decree.Language}.xml");
        _files.Add(file);
        using var writer = XmlWriter.Create(file.Stream, new XmlWriterSettings { CloseOutput = false, Encoding = new System.Text.UTF8Encoding(false) });
        AknDocument.Build(decree, key).Save(writer);
    }

    public void Finish()
    {
    }

    public void Dispose()
    {
        foreach (var file in _files) file.Dispose();
    }
}
