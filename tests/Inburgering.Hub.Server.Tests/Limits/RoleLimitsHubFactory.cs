using Inburgering.Hub.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Inburgering.Hub.Server.Tests.Limits;

/// <summary>
/// A hub with small global limits and different limits per role: medewerker tight, analist generous.
/// Seeds the COA contract example taakstelling file
/// (a field both medewerker and analist may select).
/// </summary>
public sealed class RoleLimitsHubFactory : HubFactory
{
    public const int MedewerkerMaxDepth = 3;
    public const int AnalistMaxDepth = 10;
    public const int MedewerkerMaxComplexity = 40;
    public const int AnalistMaxComplexity = 100_000;
    public const int MedewerkerMaxPageSize = 5;
    public const int AnalistMaxPageSize = 50;

    protected override async Task SeedAsync()
    {
        CoaFiles.CopyExample("coa-taakstelling-20240105.csv", Inbox);
        await IngestAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hub:GraphQL:Limits:MaxDepth", "4");
        builder.UseSetting("Hub:GraphQL:Limits:MaxComplexity", "2000");
        builder.UseSetting("Hub:GraphQL:Paging:MaxPageSize", "20");
        builder.UseSetting("Hub:GraphQL:Limits:Roles:medewerker:MaxDepth", $"{MedewerkerMaxDepth}");
        builder.UseSetting("Hub:GraphQL:Limits:Roles:medewerker:MaxComplexity", $"{MedewerkerMaxComplexity}");
        builder.UseSetting("Hub:GraphQL:Limits:Roles:medewerker:MaxPageSize", $"{MedewerkerMaxPageSize}");
        builder.UseSetting("Hub:GraphQL:Limits:Roles:analist:MaxDepth", $"{AnalistMaxDepth}");
        builder.UseSetting("Hub:GraphQL:Limits:Roles:analist:MaxComplexity", $"{AnalistMaxComplexity}");
        builder.UseSetting("Hub:GraphQL:Limits:Roles:analist:MaxPageSize", $"{AnalistMaxPageSize}");
    }
}
