namespace Inburgering.Hub.Server.Tests.Support;

/// <summary>
/// A fact that runs only when <c>HUB_TEST_POSTGRES</c> names a PostgreSQL server (an account that may
/// create databases; <c>.ci/run</c> starts one); skipped, with the reason, otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "HUB_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (ConnectionString is null)
        {
            Skip = $"{Variable} is not set: no PostgreSQL server to test on (.ci/run starts one).";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
