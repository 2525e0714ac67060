namespace Inburgering.Hub.Bench.Query;

/// <summary>
/// The final table, one row per measure and one column per provider (SQLite, PostgreSQL) beside the
/// peer or floor it is compared with: value, target and PASS/FAIL per provider (no target: informational).
/// Figures are added to <see cref="Column"/> unless a column is named.
/// </summary>
internal sealed class Figures
{
    public const string Sqlite = "SQLite";
    public const string PostgreSql = "PostgreSQL";
    public const string Peer = "peer / floor";

    private static readonly string[] Columns = [Sqlite, PostgreSql, Peer];

    private readonly List<string> _order = [];
    private readonly Dictionary<string, Dictionary<string, Cell>> _rows = new(StringComparer.Ordinal);

    /// <summary>The column <see cref="Add(string, string, string, bool?)"/> writes to.</summary>
    public string Column { get; set; } = Sqlite;

    public bool AllPass => _rows.Values.SelectMany(r => r.Values).All(c => c.Pass != false);

    public void Add(string figure, string value, string target = "", bool? pass = null) => AddTo(Column, figure, value, target, pass);

    public void AddTo(string column, string figure, string value, string target = "", bool? pass = null)
    {
        if (!_rows.TryGetValue(figure, out var row))
        {
            _rows[figure] = row = new Dictionary<string, Cell>(StringComparer.Ordinal);
            _order.Add(figure);
        }

        row[column] = new Cell(value, target, pass);
    }

    public void Print()
    {
        var width = Math.Max(40, _order.Max(f => f.Length));
        var widths = Columns.ToDictionary(c => c, c => Math.Max(c.Length, _rows.Values.Max(r => r.TryGetValue(c, out var cell) ? cell.Value.Length : 0)));
        var targetWidth = Math.Max(6, _order.Max(f => Target(_rows[f]).Length));
        Console.WriteLine();
        Console.WriteLine($"| {"measure".PadRight(width)} | {string.Join(" | ", Columns.Select(c => c.PadRight(widths[c])))} | {"target".PadRight(targetWidth)} | {Sqlite,-6} | {PostgreSql,-10} |");
        Console.WriteLine($"|{new string('-', width + 2)}|{string.Join("|", Columns.Select(c => new string('-', widths[c] + 2)))}|{new string('-', targetWidth + 2)}|--------|------------|");
        foreach (var figure in _order)
        {
            var row = _rows[figure];
            var values = Columns.Select(c => (row.TryGetValue(c, out var cell) ? cell.Value : "").PadRight(widths[c]));
            Console.WriteLine($"| {figure.PadRight(width)} | {string.Join(" | ", values)} | {Target(row).PadRight(targetWidth)} | {Verdict(row, Sqlite),-6} | {Verdict(row, PostgreSql),-10} |");
        }
    }

    private static string Target(Dictionary<string, Cell> row)
    {
        var targets = row.Where(c => c.Value.Target.Length > 0).Select(c => (c.Key, c.Value.Target)).ToList();
        return targets.Select(t => t.Target).Distinct().Count() <= 1
            ? targets.FirstOrDefault().Target ?? ""
            : string.Join("; ", targets.Select(t => $"{t.Key}: {t.Target}"));
    }

    private static string Verdict(Dictionary<string, Cell> row, string column)
    {
        var passes = row.Where(c => c.Key == column || (c.Key == Peer && column == PostgreSql)).Select(c => c.Value.Pass).Where(p => p is not null).ToList();
        return passes.Count == 0 ? "" : passes.All(p => p == true) ? "PASS" : "FAIL";
    }

    private sealed record Cell(string Value, string Target, bool? Pass);
}
