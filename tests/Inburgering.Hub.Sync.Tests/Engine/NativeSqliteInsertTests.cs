using Inburgering.Hub.Data;
using Inburgering.Hub.Data.Providers;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.Sync.Tests.Engine;

/// <summary>
/// SQLite's bulk insert binds values on the native statement itself: what it stores must be exactly what
/// EF Core (Microsoft.Data.Sqlite) stores for the same entity — each column's storage class and value —
/// and a keyed insert must set the rowid each person got.
/// </summary>
public sealed class NativeSqliteInsertTests
{
    [Fact]
    public async Task A_bulk_inserted_row_is_stored_as_EF_stores_it()
    {
        await using var hub = await HubTestHost.StartAsync();
        await using var db = hub.System();
        var person = Person("vnr-1");
        db.Inburgeraars.Add(person);
        await db.SaveChangesAsync();

        db.Koppelingen.Add(Koppeling(person.Id, "K-ef", huisvesting: new DateOnly(2024, 3, 9)));
        db.Koppelingen.Add(Koppeling(person.Id, "K-ef-null", huisvesting: null));
        db.Set<Boete>().Add(Boete(person.Id, "B-ef"));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await db.DatabaseProvider().BulkInsertAsync(
                db, [Koppeling(person.Id, "K-bulk", huisvesting: new DateOnly(2024, 3, 9)), Koppeling(person.Id, "K-bulk-null", huisvesting: null)], CancellationToken.None);
            await db.DatabaseProvider().BulkInsertAsync(db, [Boete(person.Id, "B-bulk")], CancellationToken.None);
            await tx.CommitAsync();
        }

        var koppelingen = await StoredAsync(db, "koppelingen");
        Assert.Equal(4, koppelingen.Count);
        Assert.Equal(koppelingen["K-ef"], koppelingen["K-bulk"]);
        Assert.Equal(koppelingen["K-ef-null"], koppelingen["K-bulk-null"]);
        Assert.Contains("Koppeldatum=String:2024-01-02", koppelingen["K-bulk"]);
        Assert.Contains("Huisvestingsdatum=String:2024-03-09", koppelingen["K-bulk"]);
        Assert.Contains("Huisvestingsdatum=NULL", koppelingen["K-bulk-null"]);
        Assert.Contains("Nareiziger=Int64:1", koppelingen["K-bulk"]);
        Assert.Contains("Gezinsrol=String:Partner", koppelingen["K-bulk"]);
        var boetes = await StoredAsync(db, "boetes");
        Assert.Equal(boetes["B-ef"], boetes["B-bulk"]);
        Assert.Contains("Bedrag=Double:123.45", boetes["B-bulk"]);
    }

    [Fact]
    public async Task A_keyed_bulk_insert_sets_each_persons_rowid()
    {
        await using var hub = await HubTestHost.StartAsync();
        await using var db = hub.System();
        db.Inburgeraars.Add(Person("vnr-0"));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        List<Inburgeraar> persons = [Person("vnr-1"), Person("vnr-2"), Person("vnr-3")];
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            Assert.True(await db.DatabaseProvider().BulkInsertWithKeysAsync(db, persons, CancellationToken.None));
            await tx.CommitAsync();
        }

        var stored = await db.Inburgeraars.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(i => i.VNummerPseudoniem!, i => i.Id);
        Assert.All(persons, p => Assert.Equal(stored[p.VNummerPseudoniem!], p.Id));
        Assert.Equal(4, stored.Values.Distinct().Count());
    }

    /// <summary>Every column but the key of each row, as storage class and value, by source id.</summary>
    private static async Task<Dictionary<string, string>> StoredAsync(HubDbContext db, string table)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var columns = Enumerable.Range(0, reader.FieldCount)
                    .Where(i => reader.GetName(i) is not ("Id" or "SourceId" or "SourceLocation" or "ContentHash"))
                    .Select(i => reader.IsDBNull(i)
                        ? $"{reader.GetName(i)}=NULL"
                        : $"{reader.GetName(i)}={reader.GetFieldType(i).Name}:{Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)}");
                rows[reader.GetString(reader.GetOrdinal("SourceId"))] = string.Join(' ', columns);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return rows;
    }

    private static Inburgeraar Person(string vnr) => new()
    {
        VNummerPseudoniem = vnr,
        GemeenteCode = "GM0405",
        Geboortejaar = 1990,
        FirstSeenRunId = 1,
        LastChangedRunId = 1,
    };

    private static Koppeling Koppeling(long person, string id, DateOnly? huisvesting) => new()
    {
        InburgeraarId = person,
        GemeenteCode = "GM0405",
        SourceConnector = "coa",
        SourceStream = "koppelingen",
        SourceId = id,
        ContentHash = "hash-" + id,
        FirstSeenRunId = 1,
        LastChangedRunId = 1,
        SourceLocation = "line " + id,
        Koppeldatum = new DateOnly(2024, 1, 2),
        Huisvestingsdatum = huisvesting,
        TaakstellingPeriode = "2024-H1",
        GezinId = "G-1",
        Gezinsrol = Gezinsrol.Partner,
        Nareiziger = true,
        Voorinburgering = Voorinburgering.Gestart,
        Status = KoppelingStatus.Gehuisvest,
    };

    private static Boete Boete(long person, string id) => new()
    {
        InburgeraarId = person,
        GemeenteCode = "GM0405",
        SourceConnector = "duo",
        SourceStream = "boetes",
        SourceId = id,
        ContentHash = "hash-" + id,
        FirstSeenRunId = 1,
        LastChangedRunId = 1,
        Datum = new DateOnly(2024, 5, 6),
        Bedrag = 123.45m,
    };
}
