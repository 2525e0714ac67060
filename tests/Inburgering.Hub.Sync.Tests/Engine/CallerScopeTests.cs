using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Sync.Tests.Engine;

[Trait("Category", "Integration")]
public sealed class CallerScopeTests
{
    private static async Task<HubTestHost> SeedAsync()
    {
        var hub = await HubTestHost.StartAsync();
        await hub.RunSnapshotAsync(Coa.Document(
            "week-1.csv",
            Coa.Koppeling("K-H1", TestBsns.A, gemeente: "GM0405"),
            Coa.Koppeling("K-H2", TestBsns.B, gemeente: "GM0405"),
            Coa.Koppeling("K-E1", TestBsns.C, gemeente: "GM0388"),
            Coa.Koppeling("K-M1", TestBsns.D, gemeente: "GM0420"),
            // Same person as K-H1, earlier koppeling in Enkhuizen: the person row is Hoorn's (last claim), the fact is Enkhuizen's.
            Coa.Koppeling("K-E2", TestBsns.E, gemeente: "GM0388"),
            Coa.Koppeling("K-H3", TestBsns.E, gemeente: "GM0405")));
        return hub;
    }

    [Fact]
    public async Task A_gemeente_caller_sees_only_its_own_rows()
    {
        await using var hub = await SeedAsync();

        await using var db = hub.For(CallerScope.ForGemeenten(["GM0405"]));

        var persons = await db.Inburgeraars.ToListAsync();
        Assert.Equal(3, persons.Count);
        Assert.All(persons, p => Assert.Equal("GM0405", p.GemeenteCode));
        Assert.Equal(3, await db.Inburgeraars.CountAsync());
        Assert.Equal(3, db.Inburgeraars.Count());
        Assert.Equal(["K-H1", "K-H2", "K-H3"], await db.Koppelingen.OrderBy(k => k.SourceId).Select(k => k.SourceId).ToListAsync());
        Assert.Equal(3, await db.Koppelingen.CountAsync());
        Assert.Equal(0, await db.Koppelingen.CountAsync(k => k.GemeenteCode == "GM0388"));
        Assert.Null(await db.Koppelingen.FirstOrDefaultAsync(k => k.SourceId == "K-E1"));
        Assert.False(await db.Inburgeraars.AnyAsync(i => i.GemeenteCode == "GM0420"));
        Assert.Equal(3, await db.Inburgeraars.Select(i => i.Koppelingen.Count).SumAsync());
    }

    [Fact]
    public async Task Navigations_are_filtered_too()
    {
        await using var hub = await SeedAsync();

        await using var db = hub.For(CallerScope.ForGemeenten(["GM0405"]));

        var person = await db.Inburgeraars.Include(i => i.Koppelingen)
            .SingleAsync(i => i.Pseudoniem == hub.Pseudonymizer.ForBsn(TestBsns.E));
        Assert.Equal("K-H3", Assert.Single(person.Koppelingen).SourceId);
        var counts = await db.Inburgeraars.Select(i => new { i.Id, Count = i.Koppelingen.Count() }).ToListAsync();
        Assert.All(counts, c => Assert.Equal(1, c.Count));
        var viaKoppeling = await db.Koppelingen.Include(k => k.Inburgeraar).ToListAsync();
        Assert.All(viaKoppeling, k => Assert.Equal("GM0405", k.Inburgeraar!.GemeenteCode));

        // The unrestricted view of the same person shows both koppelingen.
        await using var system = hub.System();
        var full = await system.Inburgeraars.Include(i => i.Koppelingen)
            .SingleAsync(i => i.Pseudoniem == hub.Pseudonymizer.ForBsn(TestBsns.E));
        Assert.Equal(["K-E2", "K-H3"], full.Koppelingen.Select(k => k.SourceId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Several_gemeenten_nobody_and_system()
    {
        await using var hub = await SeedAsync();

        await using (var two = hub.For(CallerScope.ForGemeenten(["GM0388", "GM0420"])))
        {
            Assert.Equal(["K-E1", "K-E2", "K-M1"], await two.Koppelingen.OrderBy(k => k.SourceId).Select(k => k.SourceId).ToListAsync());
            Assert.Equal(2, await two.Inburgeraars.CountAsync());
        }

        await using (var nobody = hub.For(CallerScope.Nobody))
        {
            Assert.Empty(await nobody.Inburgeraars.ToListAsync());
            Assert.Equal(0, await nobody.Koppelingen.CountAsync());
            Assert.Empty(await nobody.Inburgeraars.Include(i => i.Koppelingen).ToListAsync());
        }

        await using (var outsider = hub.For(CallerScope.ForGemeenten(["GM0439"])))
        {
            Assert.Equal(0, await outsider.Inburgeraars.CountAsync());
        }

        await using (var system = hub.For(CallerScope.System))
        {
            Assert.Equal(5, await system.Inburgeraars.CountAsync());
            Assert.Equal(6, await system.Koppelingen.CountAsync());
        }

        // Scopes do not leak between contexts built from the same model, in either order.
        await using var hoorn = hub.For(CallerScope.ForGemeenten(["GM0405"]));
        await using var enkhuizen = hub.For(CallerScope.ForGemeenten(["GM0388"]));
        Assert.Equal(3, await hoorn.Koppelingen.CountAsync());
        Assert.Equal(2, await enkhuizen.Koppelingen.CountAsync());
        Assert.Equal(3, await hoorn.Koppelingen.CountAsync());
    }

    [Fact]
    public async Task The_scoped_DbContext_from_DI_defaults_to_nobody()
    {
        await using var hub = await SeedAsync();
        await using var scope = hub.Services.CreateAsyncScope();

        var db = scope.ServiceProvider.GetRequiredService<Inburgering.Hub.Data.HubDbContext>();

        Assert.False(db.Scope.IsUnrestricted);
        Assert.Equal(0, await db.Koppelingen.CountAsync());
    }
}
