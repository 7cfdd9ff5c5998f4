namespace DecreeParser.Cli.Export;

/// <summary>
/// How far along its life a publisher's status puts an act. A status only moves forward — not yet in
/// force, in force, amended ("Обновленный"), lost force — so of two copies of one decree, the one
/// further along was taken later.
/// </summary>
public static class DecreeStatus
{
    public static int Rank(string? status)
    {
        var text = status?.Trim().ToLowerInvariant() ?? "";
        if (text.Length == 0) return 0;
        if (text.Contains("утратив", StringComparison.Ordinal) || text.Contains("күшін жой", StringComparison.Ordinal)) return 4;
        if (text.Contains("обновл", StringComparison.Ordinal) || text.Contains("жаңартыл", StringComparison.Ordinal)) return 3;
        if (text.Contains("не вступ", StringComparison.Ordinal) || text.Contains("күшіне енбеген", StringComparison.Ordinal)) return 1;
        return 2;
    }
}
