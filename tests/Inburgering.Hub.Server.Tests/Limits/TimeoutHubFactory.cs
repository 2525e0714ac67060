using Inburgering.Hub.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Inburgering.Hub.Server.Tests.Limits;

/// <summary>A hub whose request timeout expires before any query can finish.</summary>
public sealed class TimeoutHubFactory : HubFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hub:GraphQL:Limits:RequestTimeout", "00:00:00.0000001");
    }
}
