namespace Inburgering.Hub.Server.Tests.Support;

/// <summary>The rows of a ';'-separated export as column → value, header first.</summary>
public static class CsvRows
{
    public static List<Dictionary<string, string>> Parse(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(';');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(';')).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))];
    }
}
