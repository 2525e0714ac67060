namespace Inburgering.Hub.Connectors.Abstractions.Fields;

/// <summary>
/// The header line of a delimited file: column names (trimmed, compared case-insensitively) to
/// their position. <see cref="Check"/> tells what is missing or doubled, for a
/// <see cref="DocumentUnreadable"/> of a file with the wrong columns.
/// </summary>
public sealed class DelimitedHeader
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the column names of a header record.</summary>
    public DelimitedHeader(IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = [.. columns.Select(c => c.Trim())];
        var duplicates = new List<string>();
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Length > 0 && !_index.TryAdd(Columns[i], i))
            {
                duplicates.Add(Columns[i]);
            }
        }

        Duplicates = duplicates;
    }

    /// <summary>The column names as found (trimmed).</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Column names that occur more than once.</summary>
    public IReadOnlyList<string> Duplicates { get; }

    /// <summary>The number of columns.</summary>
    public int Count => Columns.Count;

    /// <summary>Whether the header has <paramref name="column"/>.</summary>
    public bool Contains(string column) => _index.ContainsKey(column);

    /// <summary>The position of <paramref name="column"/>.</summary>
    public bool TryGetIndex(string column, out int index) => _index.TryGetValue(column, out index);

    /// <summary>The position of <paramref name="column"/>; throws <see cref="KeyNotFoundException"/> when it is not there.</summary>
    public int IndexOf(string column) =>
        _index.TryGetValue(column, out var index) ? index : throw new KeyNotFoundException($"The header has no column '{column}'.");

    /// <summary>
    /// Null when every one of <paramref name="required"/> is present once; otherwise what is wrong,
    /// e.g. <c>column 'bsn' appears more than once in the header; header lacks column(s) gemeente, soort</c>.
    /// </summary>
    public string? Check(IEnumerable<string> required)
    {
        ArgumentNullException.ThrowIfNull(required);
        var problems = Duplicates.Distinct(StringComparer.OrdinalIgnoreCase).Select(c => $"column '{c}' appears more than once in the header").ToList();
        var missing = required.Where(c => !Contains(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"header lacks column(s) {string.Join(", ", missing)}");
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }
}
