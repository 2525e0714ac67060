using Inburgering.Hub.Server.Hosting;

namespace Inburgering.Hub.Server.Cli;

/// <summary>Builds the hub's services for a one-off command, without serving HTTP.</summary>
internal static class CliHost
{
    public static WebApplication Build(IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = HubApplication.CreateBuilder([]);
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        return HubApplication.Build(builder);
    }
}
