using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Server.Tests.Support;

/// <summary>
/// <see cref="HoornPersons"/> persons in Hoorn and a few in Enkhuizen (one koppeling each), with a
/// <see cref="CountingInterceptor"/> on every context of the hub.
/// </summary>
public sealed class LargeRegionFixture : HubFactory
{
    public const int HoornPersons = 130;
    public const int EnkhuizenPersons = 10;

    public CountingInterceptor Statements { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Statements));
    }

    protected override async Task SeedAsync()
    {
        var bsns = CoaFiles.Bsns(HoornPersons + EnkhuizenPersons);
        var lines = new List<string>();
        for (var n = 0; n < HoornPersons; n++)
        {
            lines.Add(CoaFiles.Koppeling($"K-{n:D5}", bsns[n], CoaFiles.VNummer(n), RegionFixture.Hoorn, 1960 + (n % 50), "SYR"));
        }

        for (var n = HoornPersons; n < HoornPersons + EnkhuizenPersons; n++)
        {
            lines.Add(CoaFiles.Koppeling($"K-{n:D5}", bsns[n], CoaFiles.VNummer(n), RegionFixture.Enkhuizen, 1980, "ERI"));
        }

        CoaFiles.WriteKoppelingen(Inbox, "20240105", lines);
        await IngestAsync();
    }
}
