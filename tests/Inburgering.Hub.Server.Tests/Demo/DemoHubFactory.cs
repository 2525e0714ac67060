using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Server.Demo;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Inburgering.Hub.Server.Tests.Demo;

/// <summary>A hub loaded with the whole demo region through the real connectors (as the demo verb does).</summary>
public sealed class DemoHubFactory : HubFactory
{
    private readonly DemoDelivery _delivery;

    public DemoHubFactory() =>
        _delivery = DemoDelivery.PrepareAsync(Path.Combine(Path.GetTempPath(), "inburgering-hub-demo-tests", Guid.NewGuid().ToString("N"))).GetAwaiter().GetResult();

    internal DemoRegion Region => _delivery.Region;

    public IReadOnlyList<SyncRun> Runs { get; private set; } = [];

    protected override async Task SeedAsync() => Runs = await DemoDelivery.IngestAsync(Services, CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _delivery.Configuration)
        {
            builder.UseSetting(key, value);
        }
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
