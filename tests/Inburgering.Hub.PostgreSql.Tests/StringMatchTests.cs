using Inburgering.Hub.Connectors.Coa;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Querying;
using Inburgering.Hub.PostgreSql.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.PostgreSql.Tests;

/// <summary>One string-match rule on both providers: <c>eq</c>, <c>contains</c> and <c>startsWith</c> are case-sensitive.</summary>
public sealed class StringMatchTests(PostgresDatabases databases) : IClassFixture<PostgresDatabases>
{
    [PostgresFact]
    public async Task Eq_contains_and_startsWith_match_the_same_rows_case_sensitively_on_SQLite_and_PostgreSQL()
    {
        await using var sqlite = await TestHubHost.OnSqliteAsync([new CoaConnector()], CoaFixture.Inbox(NewFolder()));
        await using var postgres = await TestHubHost.OnPostgresAsync(await databases.CreateAsync(), [new CoaConnector()], CoaFixture.Inbox(NewFolder()));
        foreach (var hub in new[] { sqlite, postgres })
        {
            Assert.True((await hub.RunAsync("coa")).Inserted > 0);
        }

        (string Op, string Value, bool Any)[] cases =
        [
            ("startsWith", "G-", true), ("startsWith", "g-", false),
            ("contains", "G-0", true), ("contains", "g-0", false),
            ("eq", "G-000002", true), ("eq", "g-000002", false),
        ];
        foreach (var (op, value, any) in cases)
        {
            var where = new Dictionary<string, object?> { ["gezinId"] = new Dictionary<string, object?> { [op] = value } };
            var fromSqlite = await IdsAsync(sqlite, where);
            var fromPostgres = await IdsAsync(postgres, where);
            Assert.Equal(fromSqlite, fromPostgres);
            Assert.True(any == (fromSqlite.Count > 0), $"{op} '{value}': {fromSqlite.Count} rows");
        }
    }

    private static async Task<List<string>> IdsAsync(TestHubHost hub, IDictionary<string, object?> where)
    {
        await using var db = hub.For(CallerScope.System);
        var predicate = new FilterTranslator(db).Translate<Koppeling>(where)!;
        return await db.Koppelingen.Where(predicate).Select(k => k.SourceId).OrderBy(id => id).ToListAsync();
    }

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "inburgering-hub-postgresql-tests", Guid.NewGuid().ToString("N"));
}
