using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Data.Providers;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.PostgreSql.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.PostgreSql.Tests;

/// <summary>
/// PostgreSQL's keyed bulk insert (the persons a sync batch creates): keys reserved from the column's
/// sequence, set on the rows, and the rows copied in with them.
/// </summary>
public sealed class KeyedBulkInsertTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    [PostgresFact]
    public async Task The_keys_set_on_the_rows_are_the_stored_ones_and_the_sequence_moves_past_them()
    {
        await using var hub = await TestHubHost.OnPostgresAsync(await databases.CreateAsync(), Array.Empty<IConnector>());
        await using var db = hub.System();
        List<Inburgeraar> persons = [.. Enumerable.Range(1, 5).Select(n => new Inburgeraar
        {
            VNummerPseudoniem = "vnr-" + n,
            GemeenteCode = "GM0405",
            Geboortejaar = 1980 + n,
            FirstSeenRunId = 1,
            LastChangedRunId = 1,
        })];

        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            Assert.True(await db.DatabaseProvider().BulkInsertWithKeysAsync(db, persons, CancellationToken.None));
            await tx.CommitAsync();
        }

        Assert.All(persons, p => Assert.True(p.Id > 0));
        Assert.Equal(5, persons.Select(p => p.Id).Distinct().Count());
        var stored = await db.Inburgeraars.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.VNummerPseudoniem);
        Assert.Equal(persons.ToDictionary(p => p.Id, p => p.VNummerPseudoniem), stored);

        // An insert by EF afterwards takes the next value of the same sequence: no clash with the reserved keys.
        var later = new Inburgeraar { VNummerPseudoniem = "vnr-later", GemeenteCode = "GM0405", FirstSeenRunId = 1, LastChangedRunId = 1 };
        db.Inburgeraars.Add(later);
        await db.SaveChangesAsync();
        Assert.True(later.Id > persons.Max(p => p.Id));
    }

    [PostgresFact]
    public async Task A_rolled_back_batch_leaves_no_rows_and_its_keys_are_not_handed_out_again()
    {
        await using var hub = await TestHubHost.OnPostgresAsync(await databases.CreateAsync(), Array.Empty<IConnector>());
        await using var db = hub.System();
        var first = new Inburgeraar { VNummerPseudoniem = "vnr-1", GemeenteCode = "GM0405", FirstSeenRunId = 1, LastChangedRunId = 1 };
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await db.DatabaseProvider().BulkInsertWithKeysAsync(db, [first], CancellationToken.None);
            await tx.RollbackAsync();
        }

        Assert.Equal(0, await db.Inburgeraars.IgnoreQueryFilters().CountAsync());
        var second = new Inburgeraar { VNummerPseudoniem = "vnr-1", GemeenteCode = "GM0405", FirstSeenRunId = 1, LastChangedRunId = 1 };
        await db.DatabaseProvider().BulkInsertWithKeysAsync(db, [second], CancellationToken.None);
        Assert.True(second.Id > first.Id);
        Assert.Equal(second.Id, await db.Inburgeraars.IgnoreQueryFilters().Select(i => i.Id).SingleAsync());
    }
}
