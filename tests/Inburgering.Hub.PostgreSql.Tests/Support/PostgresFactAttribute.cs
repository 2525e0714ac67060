namespace Inburgering.Hub.PostgreSql.Tests.Support;

/// <summary>A fact that runs only when <c>HUB_TEST_POSTGRES</c> names a PostgreSQL server; skipped (with the reason) otherwise.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.ConnectionString is null)
        {
            Skip = $"{PostgresServer.Variable} is not set: no PostgreSQL server to test on (.ci/run starts one).";
        }
    }
}
