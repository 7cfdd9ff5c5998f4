namespace DecreeParser.Search.Querying;

/// <summary>How a query's words must match: every one (the default), or, when that finds nothing, any.</summary>
public enum MatchMode { All, Any }

public static class MatchModes
{
    /// <summary>The mode as the JSON and the page name it: "all", "any".</summary>
    public static string Name(MatchMode mode) => mode == MatchMode.All ? "all" : "any";
}
