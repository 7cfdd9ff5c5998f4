namespace DecreeParser.Fetch;

/// <summary>One document to download: an id, in one language ("kk" or "ru"), in one format ("html", "docx", "pdf").</summary>
public sealed record FetchRequest(string Id, string Language, string Format)
{
    public static readonly string[] Languages = ["kk", "ru"];

    public static readonly string[] Formats = ["html", "docx", "pdf"];

    /// <summary>The file's name, as the corpus lays pages out: "kk/P1800000897.html".</summary>
    public string RelativePath => Path.Combine(Language, $"{Id}.{Format}");

    /// <summary>The document's path on the site: /kaz/docs/ID, its PDF at /download, its DOCX at /download/docx.</summary>
    public string SitePath
    {
        get
        {
            var page = $"/{(Language == "kk" ? "kaz" : "rus")}/docs/{Id}";
            return Format switch
            {
                "pdf" => $"{page}/download",
                "docx" => $"{page}/download/docx",
                _ => page,
            };
        }
    }

    public override string ToString() => $"{Id} {Language} {Format}";
}
