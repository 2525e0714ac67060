using System.Collections.Concurrent;
using System.Data.Common;
using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Server.Demo;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Querying;

/// <summary>The demo region loaded through the connectors (as <c>DemoHubFactory</c>), with every SQL statement of the hub captured.</summary>
public sealed class QueryingHubFactory : HubFactory
{
    public const string Hoorn = "GM0405";
    public const string Enkhuizen = "GM0388";

    private readonly DemoDelivery _delivery;

    public QueryingHubFactory() =>
        _delivery = DemoDelivery.PrepareAsync(Path.Combine(Path.GetTempPath(), "inburgering-hub-querying-tests", Guid.NewGuid().ToString("N"))).GetAwaiter().GetResult();

    public SqlCapture Sql { get; } = new();

    /// <summary>A context for a caller of <paramref name="gemeenten"/>, to compute expected results directly with EF.</summary>
    public HubDbContext ContextFor(params string[] gemeenten) =>
        Services.GetRequiredService<HubDbContextFactory>().Create(CallerScope.ForGemeenten(gemeenten));

    protected override Task SeedAsync() => DemoDelivery.IngestAsync(Services, CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _delivery.Configuration)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Sql));
    }

    protected override async ValueTask DisposeResourcesAsync()
    {
        await _delivery.DisposeAsync();
        try
        {
            Directory.Delete(_delivery.Inbox, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

/// <summary>Records each statement's SQL and how many rows its reader returned.</summary>
public sealed class SqlCapture : DbCommandInterceptor
{
    private readonly ConcurrentQueue<Statement> _statements = new();
    private readonly ConcurrentDictionary<DbCommand, string> _open = new();

    /// <summary>The statements captured since <see cref="Reset"/>, without the audit trail's background inserts.</summary>
    public IReadOnlyList<Statement> Statements => [.. _statements.Where(s => !s.Sql.Contains("audit_entries", StringComparison.Ordinal))];

    public void Reset() => _statements.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _open[command] = command.CommandText;
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        _open[command] = command.CommandText;
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        _statements.Enqueue(new Statement(command.CommandText, 1));
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Closed(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Closed(command, eventData);
        return result;
    }

    private void Closed(DbCommand command, DataReaderClosingEventData eventData)
    {
        if (_open.TryRemove(command, out var sql))
        {
            // ReadCount counts the last Read() that found no more rows when the reader was read to the end.
            _statements.Enqueue(new Statement(sql, eventData.ReadCount));
        }
    }

    /// <summary>A statement and its reader's <c>DataReaderClosingEventData.ReadCount</c> (rows + 1 when read to the end).</summary>
    public sealed record Statement(string Sql, int Reads);
}
