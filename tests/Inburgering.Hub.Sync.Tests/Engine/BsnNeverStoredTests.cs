using System.Globalization;
using System.Text.RegularExpressions;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Inburgering.Hub.Sync.Tests.Engine;

[Trait("Category", "Integration")]
public sealed partial class BsnNeverStoredTests
{
    [Fact]
    public async Task No_table_of_the_database_holds_a_BSN()
    {
        await using var hub = await HubTestHost.StartAsync();
        await hub.RunSnapshotAsync(Coa.Document(
            "coa-koppelingen-20240101.csv",
            Coa.Koppeling("K-1", TestBsns.A, "1234567890", "GM0405"),
            Coa.Koppeling("K-2", TestBsns.B, null, "GM0388"),
            Coa.Koppeling("K-3", TestBsns.C, null, "GM9999"), // quarantined: unknown gemeente
            Coa.Koppeling("K-4", TestBsns.D, null, gezinsrol: "OPA"), // quarantined: unknown code
            new SourceRejection("line 9", $"K-9;{TestBsns.E};;GM0405;99-99-2024", ReasonCodes.InvalidDate, $"bad date for {TestBsns.E}", "K-9", "GM0405")));
        hub.Connector.Script(ScriptedConnector.Snapshot,
        [
            Coa.Start("broken.csv"),
            Coa.Koppeling("K-5", TestBsns.F),
            new DocumentUnreadable(ReasonCodes.UnreadableDocument, $"unexpected content near {TestBsns.F}"),
        ]);
        await hub.RunAsync();
        hub.Connector.Script(ScriptedConnector.Snapshot, (_, _) => Throw($"connector crashed on {TestBsns.A}"));
        var failed = await hub.RunAsync();
        Assert.Equal(Inburgering.Hub.Domain.Operational.SyncRunStatus.Failed, failed.Status);

        var cells = await ReadEveryCellAsync(hub.ConnectionString);

        Assert.Contains(cells, c => c.Table == "koppelingen");
        Assert.Contains(cells, c => c.Table == "quarantine_records" && c.Value.Contains("*********", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.Table == "sync_runs" && c.Value.Contains("*********", StringComparison.Ordinal));
        foreach (var (table, column, value) in cells)
        {
            foreach (var bsn in TestBsns.AllValid)
            {
                Assert.False(value.Contains(bsn, StringComparison.Ordinal), $"{table}.{column} holds BSN {bsn}: {value}");
            }

            // HMAC pseudonyms and SHA-256 hashes are random hex: a run of nine digits in them is no BSN.
            if (HexDigest().IsMatch(value))
            {
                continue;
            }

            foreach (Match run in NineDigits().Matches(value))
            {
                Assert.False(Bsn.IsValid(run.Value), $"{table}.{column} holds a value that passes the elfproef: {value}");
            }
        }
    }

    private static async IAsyncEnumerable<SourceMessage> Throw(string message)
    {
        await Task.Yield();
        yield return Coa.Start("crash.csv");
        throw new InvalidOperationException(message);
    }

    internal static async Task<List<(string Table, string Column, string Value)>> ReadEveryCellAsync(string connectionString)
    {
        var cells = new List<(string, string, string)>();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();

        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("inburgeraars", tables);
        foreach (var table in tables)
        {
            var columns = new List<string>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"PRAGMA table_info(\"{table}\")";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    columns.Add(reader.GetString(1));
                }
            }

            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"CAST(\"{c}\" AS TEXT)"))} FROM \"{table}\"";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < columns.Count; i++)
                    {
                        if (!await reader.IsDBNullAsync(i))
                        {
                            cells.Add((table, columns[i], Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? ""));
                        }
                    }
                }
            }
        }

        return cells;
    }

    [GeneratedRegex("(?<![0-9])[0-9]{9}(?![0-9])")]
    private static partial Regex NineDigits();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex HexDigest();
}
