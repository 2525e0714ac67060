using Inburgering.Hub.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Inburgering.Hub.Server.Tests.Limits;

/// <summary>A hub whose analist request timeout expires before any query can finish; other roles have the global timeout.</summary>
public sealed class RoleTimeoutHubFactory : HubFactory
{
    protected override async Task SeedAsync()
    {
        CoaFiles.CopyExample("coa-koppelingen-20240105.csv", Inbox);
        CoaFiles.CopyExample("coa-taakstelling-20240105.csv", Inbox);
        await IngestAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hub:GraphQL:Limits:Roles:analist:RequestTimeout", "00:00:00.0000001");
    }
}
