namespace DecreeParser.Web.Pages;

/// <summary>The addresses of the pages: a measure's id "P1800000897/5.1" is its path under /measures.</summary>
public static class Paths
{
    public static string Measure(string id, string language) => Layout.InLanguage($"/measures/{Escape(id)}", language);

    public static string Decree(string key, string language) => Layout.InLanguage($"/decrees/{Uri.EscapeDataString(key)}", language);

    /// <summary>Each part of a measure id escaped, the slash between decree and number kept.</summary>
    private static string Escape(string id) => string.Join('/', id.Split('/').Select(Uri.EscapeDataString));
}
