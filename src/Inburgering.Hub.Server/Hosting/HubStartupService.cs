namespace Inburgering.Hub.Server.Hosting;

/// <summary>Runs <see cref="HubStartup"/> when the web host starts, before it accepts requests.</summary>
internal sealed class HubStartupService(HubStartup startup) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        startup.ValidateSecrets();
        await startup.PrepareStoreAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
