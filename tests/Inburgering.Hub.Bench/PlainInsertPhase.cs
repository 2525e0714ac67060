using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Values;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.Bench;

/// <summary>
/// The floor to compare with: the same canonical rows (one inburgeraars and one koppelingen row per
/// record, same columns and value types, real pseudonyms) inserted with prepared Microsoft.Data.Sqlite
/// commands, 2000 rows per transaction, into the same migrated schema, on a connection opened by the
/// hub's own DbContext (so with the hub's PRAGMAs). Only the insert is timed: the values of each
/// transaction are computed before its clock starts.
/// </summary>
internal static class PlainInsertPhase
{
    private const int RowsPerTransaction = 2000;

    public static async Task<PhaseResult> RunAsync(string databasePath, int rows)
    {
        await using var services = await HubServices.StartAsync(databasePath, Path.GetDirectoryName(databasePath)!);
        await using var db = services.GetRequiredService<HubDbContextFactory>().CreateSystem();
        var pragmas = await HubServices.PragmasAsync(db);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var pseudonymizer = new HmacPseudonymizer(Encoding.UTF8.GetBytes(HubServices.Key));

        await using var person = connection.CreateCommand();
        person.CommandText =
            "INSERT INTO inburgeraars (Id, Pseudoniem, VNummerPseudoniem, Geboortejaar, Herkomstland, GemeenteCode, GemeentePrioriteit, FirstSeenRunId, LastChangedRunId) "
            + "VALUES ($id, $bsn, $vnr, $jaar, $land, $gemeente, 1, 1, 1)";
        var pId = person.Parameters.Add("$id", SqliteType.Integer);
        var pBsn = person.Parameters.Add("$bsn", SqliteType.Text);
        var pVnr = person.Parameters.Add("$vnr", SqliteType.Text);
        var pJaar = person.Parameters.Add("$jaar", SqliteType.Integer);
        var pLand = person.Parameters.Add("$land", SqliteType.Text);
        var pGemeente = person.Parameters.Add("$gemeente", SqliteType.Text);

        await using var koppeling = connection.CreateCommand();
        koppeling.CommandText =
            "INSERT INTO koppelingen (Koppeldatum, Huisvestingsdatum, TaakstellingPeriode, GezinId, Gezinsrol, Nareiziger, Voorinburgering, Status, "
            + "SourceConnector, SourceStream, SourceId, ContentHash, FirstSeenRunId, LastChangedRunId, SourceFileId, SourceLocation, LastSeenFileId, "
            + "IsDeleted, DeletedRunId, InburgeraarId, GemeenteCode) VALUES ($kd, $hd, $periode, $gezin, $rol, $nareiziger, $voor, $status, "
            + "'coa', 'koppelingen', $sid, $hash, 1, 1, NULL, $loc, NULL, 0, NULL, $pid, $gemeente)";
        var kKd = koppeling.Parameters.Add("$kd", SqliteType.Text);
        var kHd = koppeling.Parameters.Add("$hd", SqliteType.Text);
        var kPeriode = koppeling.Parameters.Add("$periode", SqliteType.Text);
        var kGezin = koppeling.Parameters.Add("$gezin", SqliteType.Text);
        var kRol = koppeling.Parameters.Add("$rol", SqliteType.Text);
        var kNareiziger = koppeling.Parameters.Add("$nareiziger", SqliteType.Integer);
        var kVoor = koppeling.Parameters.Add("$voor", SqliteType.Text);
        var kStatus = koppeling.Parameters.Add("$status", SqliteType.Text);
        var kSid = koppeling.Parameters.Add("$sid", SqliteType.Text);
        var kHash = koppeling.Parameters.Add("$hash", SqliteType.Text);
        var kLoc = koppeling.Parameters.Add("$loc", SqliteType.Text);
        var kPid = koppeling.Parameters.Add("$pid", SqliteType.Integer);
        var kGemeente = koppeling.Parameters.Add("$gemeente", SqliteType.Text);

        var chunk = new List<PlainRow>(RowsPerTransaction);
        var stopwatch = new Stopwatch();
        var id = 0L;
        using var rowsEnumerator = CoaFileGenerator.Rows(rows).GetEnumerator();
        while (true)
        {
            // Untimed: the values of the next transaction.
            chunk.Clear();
            while (chunk.Count < RowsPerTransaction && rowsEnumerator.MoveNext())
            {
                var r = rowsEnumerator.Current;
                chunk.Add(new PlainRow(
                    r,
                    r.Bsn is null ? null : pseudonymizer.ForBsn(r.Bsn),
                    pseudonymizer.ForVNummer(r.VNummer),
                    Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(r.KoppelingId + r.Status)))));
            }

            if (chunk.Count == 0)
            {
                break;
            }

            stopwatch.Start();
            await using (var tx = (SqliteTransaction)await connection.BeginTransactionAsync())
            {
                person.Transaction = tx;
                koppeling.Transaction = tx;
                person.Prepare();
                koppeling.Prepare();
                foreach (var row in chunk)
                {
                    var r = row.Row;
                    pId.Value = ++id;
                    pBsn.Value = (object?)row.BsnPseudoniem ?? DBNull.Value;
                    pVnr.Value = row.VNummerPseudoniem;
                    pJaar.Value = r.Geboortejaar;
                    pLand.Value = r.Herkomstland;
                    pGemeente.Value = r.GemeenteCode;
                    await person.ExecuteNonQueryAsync();

                    kKd.Value = r.Koppeldatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    kHd.Value = (object?)r.Huisvestingsdatum?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value;
                    kPeriode.Value = r.TaakstellingPeriode;
                    kGezin.Value = r.GezinId;
                    kRol.Value = Pascal(r.Gezinsrol);
                    kNareiziger.Value = r.Nareiziger;
                    kVoor.Value = Pascal(r.Voorinburgering);
                    kStatus.Value = Pascal(r.Status);
                    kSid.Value = r.KoppelingId;
                    kHash.Value = row.ContentHash;
                    kLoc.Value = "coa-koppelingen-20250101.csv:line " + (id + 1).ToString(CultureInfo.InvariantCulture);
                    kPid.Value = id;
                    kGemeente.Value = r.GemeenteCode;
                    await koppeling.ExecuteNonQueryAsync();
                }

                await tx.CommitAsync();
            }

            stopwatch.Stop();
        }

        var problems = new List<string>();
        await using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT (SELECT COUNT(*) FROM inburgeraars) * 1000000000 + (SELECT COUNT(*) FROM koppelingen)";
            var both = Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            if (both != rows * 1_000_000_001L)
            {
                problems.Add($"row counts {both / 1_000_000_000} / {both % 1_000_000_000}, expected {rows}");
            }
        }

        return new PhaseResult
        {
            Phase = "plain",
            Rows = rows,
            Seconds = stopwatch.Elapsed.TotalSeconds,
            PeakWorkingSet = MemorySampler.ProcessPeakWorkingSet(),
            PeakManagedHeap = GC.GetTotalMemory(false),
            PeakPrivate = MemorySampler.PrivateResident(),
            Pragmas = pragmas,
            Problems = problems,
            Detail = "prepared INSERTs, " + RowsPerTransaction.ToString(CultureInfo.InvariantCulture) + " rows per transaction",
        };
    }

    /// <summary>Enum values are stored by name (HOOFDPERSOON → Hoofdpersoon), as the hub stores them.</summary>
    private static string Pascal(string code) => string.Concat(code[..1], code[1..].ToLowerInvariant());

    private sealed record PlainRow(GeneratedRow Row, string? BsnPseudoniem, string VNummerPseudoniem, string ContentHash);
}
