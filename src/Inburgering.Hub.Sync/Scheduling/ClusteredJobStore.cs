using Inburgering.Hub.Data;
using Npgsql;
using Quartz;

namespace Inburgering.Hub.Sync.Scheduling;

/// <summary>
/// Quartz's persistent, clustered ADO job store on the hub's PostgreSQL database. Every node runs the
/// same scheduler name with its own generated instance id (AUTO); <see cref="SyncJob"/> is
/// <see cref="DisallowConcurrentExecutionAttribute">non-concurrent</see>, which the clustered store
/// enforces across nodes through database row locks. Quartz creates its own tables at start when
/// they are missing (idempotent, safe when several nodes start at once) and checks them otherwise.
/// </summary>
public static class ClusteredJobStore
{
    /// <summary>The scheduler name every hub node shares: a cluster is the nodes with one name on one database.</summary>
    public const string SchedulerName = "InburgeringHub";

    /// <summary>The provider name of <c>Hub:Database:Provider</c> the clustered store runs on.</summary>
    public const string PostgreSqlProvider = "PostgreSql";

    /// <summary>Configures <paramref name="quartz"/> for the clustered store.</summary>
    /// <exception cref="InvalidOperationException">Clustering was asked for on another provider than PostgreSQL.</exception>
    public static void Configure(IQuartzBuilder quartz, SchedulingOptions scheduling, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(scheduling);
        ArgumentNullException.ThrowIfNull(database);
        if (!string.Equals(database.Provider, PostgreSqlProvider, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{SchedulingOptions.Section}:Clustered=true needs Hub:Database:Provider={PostgreSqlProvider} (is '{database.Provider}'): "
                + "the clustered job store lives in the shared PostgreSQL database. Leave it false for a single node.");
        }

        var connectionString = string.IsNullOrWhiteSpace(scheduling.ConnectionString) ? database.ConnectionString : scheduling.ConnectionString;
        quartz.ConfigureScheduler(s => s.InstanceName = SchedulerName);
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(NpgsqlFactory.Instance, connectionString);
            store.UseClustering(c =>
            {
                c.CheckinInterval = scheduling.CheckinInterval;
                c.CheckinMisfireThreshold = scheduling.CheckinMisfireThreshold;
            });
            store.UseSystemTextJsonSerializer();
            store.ConfigureStore(o => o.TablePrefix = scheduling.TablePrefix);
            store.ProvisionSchema();
        });
    }
}
