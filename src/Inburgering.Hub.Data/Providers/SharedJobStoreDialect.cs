namespace Inburgering.Hub.Data.Providers;

/// <summary>
/// The SQL dialect of a persistent job store (Quartz's ADO.NET store) that several hub nodes share on the
/// hub's own database (<see cref="IDatabaseProvider.SharedJobStore"/>).
/// </summary>
public enum SharedJobStoreDialect
{
    /// <summary>PostgreSQL, through the ADO.NET provider Npgsql (which the PostgreSQL provider brings).</summary>
    PostgreSql,
}
