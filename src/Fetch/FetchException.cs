namespace DecreeParser.Fetch;

/// <summary>A document that could not be had from any site; the message says what each site answered.</summary>
public sealed class FetchException(FetchRequest request, string reason) : Exception($"{request}: {reason}")
{
    public FetchRequest Request { get; } = request;

    public string Reason { get; } = reason;
}
