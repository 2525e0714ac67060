using Inburgering.Hub.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Inburgering.Hub.Server.Tests.Limits;

/// <summary>A hub with small limits, to see each one answer with a clear error.</summary>
public sealed class TightLimitsHubFactory : HubFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hub:GraphQL:Limits:MaxDepth", "4");
        builder.UseSetting("Hub:GraphQL:Limits:MaxComplexity", "2000");
    }
}
