using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Providers;
using Quartz;

namespace Inburgering.Hub.Sync.Scheduling;

/// <summary>
/// Quartz's persistent, clustered ADO job store on the hub's shared database (PostgreSQL: the provider's <see cref="IDatabaseProvider.SharedJobStore"/>). Every node runs the
/// same scheduler name with its own generated instance id (AUTO); <see cref="SyncJob"/> is
/// <see cref="DisallowConcurrentExecutionAttribute">non-concurrent</see>, which the clustered store
/// enforces across nodes through database row locks. Quartz creates its own tables at start when
/// they are missing (idempotent, safe when several nodes start at once) and checks them otherwise.
/// </summary>
public static class ClusteredJobStore
{
    /// <summary>The scheduler name every hub node shares: a cluster is the nodes with one name on one database.</summary>
    public const string SchedulerName = "InburgeringHub";

    /// <summary>Configures <paramref name="quartz"/> for the clustered store on the database of <paramref name="provider"/>.</summary>
    /// <exception cref="InvalidOperationException">Clustering was asked for on a database that is one node's (<see cref="IDatabaseProvider.SharedJobStore"/> is null).</exception>
    public static void Configure(IQuartzBuilder quartz, SchedulingOptions scheduling, DatabaseOptions database, IDatabaseProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(scheduling);
        ArgumentNullException.ThrowIfNull(database);
        if (provider?.SharedJobStore is not { } dialect)
        {
            throw new InvalidOperationException(
                $"{SchedulingOptions.Section}:Clustered=true needs a database every node shares, Hub:Database:Provider=PostgreSql (is '{database.Provider}'): "
                + "the clustered job store lives in the shared database. Leave it false for a single node.");
        }

        var connectionString = string.IsNullOrWhiteSpace(scheduling.ConnectionString) ? database.ConnectionString : scheduling.ConnectionString;
        quartz.ConfigureScheduler(s => s.InstanceName = SchedulerName);
        quartz.UsePersistentStore(store =>
        {
            switch (dialect)
            {
                case SharedJobStoreDialect.PostgreSql:
                    // Quartz loads the ADO.NET provider Npgsql by name: the PostgreSQL provider brings it.
                    store.UsePostgres(connectionString);
                    break;
                default:
                    throw new InvalidOperationException($"No Quartz job store for {dialect}.");
            }

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
