using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Server.Demo;
using Inburgering.Hub.Server.Tests.Querying;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Demo;

/// <summary>
/// A hub loaded with the whole demo region through the real connectors (as the demo verb does), with
/// every SQL statement of the hub captured (<see cref="Sql"/>). One per test run (<see cref="DemoCollection"/>):
/// the tests that read the demo region share it instead of ingesting it each.
/// </summary>
public sealed class DemoHubFactory : HubFactory
{
    public const string Hoorn = "GM0405";
    public const string Enkhuizen = "GM0388";

    private readonly DemoDelivery _delivery;

    public DemoHubFactory() =>
        _delivery = DemoDelivery.PrepareAsync(Path.Combine(Path.GetTempPath(), "inburgering-hub-demo-tests", Guid.NewGuid().ToString("N"))).GetAwaiter().GetResult();

    internal DemoRegion Region => _delivery.Region;

    public IReadOnlyList<SyncRun> Runs { get; private set; } = [];

    /// <summary>The hub's SQL statements since the last <see cref="SqlCapture.Reset"/>.</summary>
    public SqlCapture Sql { get; } = new();

    /// <summary>A context for a caller of <paramref name="gemeenten"/>, to compute expected results directly with EF.</summary>
    public HubDbContext ContextFor(params string[] gemeenten) =>
        Services.GetRequiredService<HubDbContextFactory>().Create(CallerScope.ForGemeenten(gemeenten));

    /// <summary>The demo region is ingested through the sync engine, which keeps the projection itself (tested as such).</summary>
    protected override bool RebuildsJourneyProjection => false;

    protected override async Task SeedAsync() => Runs = await DemoDelivery.IngestAsync(Services, CancellationToken.None);

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
