namespace Inburgering.Hub.Bench.Query.Dataset;

/// <summary>The store a benchmark runs on.</summary>
internal enum BenchProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// A generated hub database: its provider, the connection string the hub is configured with
/// (<c>Hub:Database:ConnectionString</c>) and, for SQLite, the file.
/// </summary>
internal sealed record BenchDatabase(BenchProvider Provider, string ConnectionString, string? SqlitePath = null)
{
    /// <summary>The value of <c>Hub:Database:Provider</c>.</summary>
    public string HubProviderName => Provider == BenchProvider.Sqlite ? "Sqlite" : "PostgreSql";

    /// <summary>The column name of this provider in the bench's tables.</summary>
    public string Label => Provider == BenchProvider.Sqlite ? "SQLite" : "PostgreSQL";

    /// <summary>The SQLite file (throws for PostgreSQL).</summary>
    public string Path => SqlitePath ?? throw new InvalidOperationException("Not a SQLite database.");

    public static BenchDatabase Sqlite(string path) => new(BenchProvider.Sqlite, $"Data Source={path}", path);
}
