namespace Inburgering.Hub.Connectors.Coa;

/// <summary>The header row of a file: where each expected column stands (matched by name, case-insensitive).</summary>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> _indexes;

    private CsvHeader(Dictionary<string, int> indexes, int fieldCount)
    {
        _indexes = indexes;
        FieldCount = fieldCount;
    }

    /// <summary>Number of fields in the header; every data row must have as many.</summary>
    public int FieldCount { get; }

    /// <summary>The index of <paramref name="column"/> (one of the expected columns).</summary>
    public int IndexOf(string column) => _indexes[column];

    /// <summary>
    /// Maps the header <paramref name="names"/> to the <paramref name="expected"/> columns. Returns
    /// null and a <paramref name="problem"/> when a column is missing or appears twice.
    /// </summary>
    public static CsvHeader? TryCreate(IReadOnlyList<string> names, IReadOnlyList<string> expected, out string? problem)
    {
        var indexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            if (name.Length > 0 && !indexes.TryAdd(name, i))
            {
                problem = $"column '{name}' appears more than once in the header";
                return null;
            }
        }

        var missing = expected.Where(column => !indexes.ContainsKey(column)).ToList();
        if (missing.Count > 0)
        {
            problem = $"header lacks column(s) {string.Join(", ", missing)}";
            return null;
        }

        problem = null;
        return new CsvHeader(indexes, names.Count);
    }
}
