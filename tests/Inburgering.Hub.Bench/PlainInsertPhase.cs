using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Inburgering.Hub.Bench.Query.Dataset;
using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Values;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Inburgering.Hub.Bench;

/// <summary>
/// The floor to compare with: the same canonical rows (one inburgeraars and one koppelingen row per
/// record, same columns and value types, real pseudonyms) inserted 2000 rows per transaction into the
/// same migrated schema, on a connection opened by the hub's own DbContext (so with the hub's PRAGMAs or
/// session settings), as plain prepared single-row INSERTs on both providers: on SQLite with
/// Microsoft.Data.Sqlite, one execution per row (an embedded engine has no round trips); on PostgreSQL
/// with Npgsql, the transaction's 4000 prepared INSERTs sent as one <see cref="NpgsqlBatch"/> (one round
/// trip per transaction, not one per row: plain INSERTs sent as efficiently as they go). Phase
/// <c>copy</c> (PostgreSQL only) is the reference line beside that floor: the same rows by Npgsql's
/// binary COPY (one COPY per table per transaction), the fastest way in, with no target. Only the
/// insert is timed: the values of each transaction are computed before its clock starts.
/// </summary>
internal static class PlainInsertPhase
{
    private const int RowsPerTransaction = 2000;

    public static async Task<PhaseResult> RunAsync(BenchDatabase database, string folder, int rows, bool copy = false)
    {
        await using var services = await HubServices.StartAsync(database, folder);
        await using var db = services.GetRequiredService<HubDbContextFactory>().CreateSystem();
        var pragmas = await HubServices.PragmasAsync(db);
        var stopwatch = new Stopwatch();
        string detail;
        if (database.Provider == BenchProvider.Sqlite)
        {
            await SqliteAsync((SqliteConnection)db.Database.GetDbConnection(), rows, stopwatch);
            detail = "prepared INSERTs, " + RowsPerTransaction.ToString(CultureInfo.InvariantCulture) + " rows per transaction";
        }
        else if (copy)
        {
            await PostgreSqlCopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), rows, stopwatch);
            detail = "binary COPY, " + RowsPerTransaction.ToString(CultureInfo.InvariantCulture) + " rows per transaction";
        }
        else
        {
            await PostgreSqlInsertAsync((NpgsqlConnection)db.Database.GetDbConnection(), rows, stopwatch);
            detail = "prepared INSERTs, " + RowsPerTransaction.ToString(CultureInfo.InvariantCulture) + " rows per transaction (one NpgsqlBatch)";
        }

        var problems = new List<string>();
        var persons = await db.Inburgeraars.IgnoreQueryFilters().LongCountAsync();
        var koppelingen = await db.Koppelingen.IgnoreQueryFilters().LongCountAsync();
        if (persons != rows || koppelingen != rows)
        {
            problems.Add($"row counts {persons} / {koppelingen}, expected {rows}");
        }

        return new PhaseResult
        {
            Phase = copy ? "copy" : "plain",
            Provider = database.Label,
            Rows = rows,
            Seconds = stopwatch.Elapsed.TotalSeconds,
            PeakWorkingSet = MemorySampler.ProcessPeakWorkingSet(),
            PeakManagedHeap = GC.GetTotalMemory(false),
            PeakPrivate = MemorySampler.PrivateResident(),
            Pragmas = pragmas,
            Problems = problems,
            Detail = detail,
        };
    }

    /// <summary>The values of the next transaction (untimed).</summary>
    private static List<PlainRow> Next(IEnumerator<GeneratedRow> rows, HmacPseudonymizer pseudonymizer)
    {
        var chunk = new List<PlainRow>(RowsPerTransaction);
        while (chunk.Count < RowsPerTransaction && rows.MoveNext())
        {
            var r = rows.Current;
            chunk.Add(new PlainRow(
                r,
                r.Bsn is null ? null : pseudonymizer.ForBsn(r.Bsn),
                pseudonymizer.ForVNummer(r.VNummer),
                Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(r.KoppelingId + r.Status)))));
        }

        return chunk;
    }

    /// <summary>
    /// The PostgreSQL floor: per transaction one <see cref="NpgsqlBatch"/> of prepared single-row INSERTs,
    /// the persons' then the koppelingen (their foreign key needs the person first).
    /// </summary>
    private static async Task PostgreSqlInsertAsync(NpgsqlConnection connection, int rows, Stopwatch stopwatch)
    {
        const string PersonSql =
            "INSERT INTO inburgeraars (\"Id\", \"Pseudoniem\", \"VNummerPseudoniem\", \"Geboortejaar\", \"Herkomstland\", \"GemeenteCode\", \"GemeentePrioriteit\", \"FirstSeenRunId\", \"LastChangedRunId\") "
            + "VALUES ($1, $2, $3, $4, $5, $6, 1, 1, 1)";
        const string KoppelingSql =
            "INSERT INTO koppelingen (\"Koppeldatum\", \"Huisvestingsdatum\", \"TaakstellingPeriode\", \"GezinId\", \"Gezinsrol\", \"Nareiziger\", \"Voorinburgering\", \"Status\", "
            + "\"SourceConnector\", \"SourceStream\", \"SourceId\", \"ContentHash\", \"FirstSeenRunId\", \"LastChangedRunId\", \"SourceFileId\", \"SourceLocation\", \"LastSeenFileId\", "
            + "\"IsDeleted\", \"DeletedRunId\", \"InburgeraarId\", \"GemeenteCode\") "
            + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'coa', 'koppelingen', $9, $10, 1, 1, NULL, $11, NULL, false, NULL, $12, $13)";
        var pseudonymizer = new HmacPseudonymizer(Encoding.UTF8.GetBytes(HubServices.Key));
        var id = 0L;
        NpgsqlBatch? batch = null;
        var prepared = false;
        try
        {
            using var rowsEnumerator = CoaFileGenerator.Rows(rows).GetEnumerator();
            while (Next(rowsEnumerator, pseudonymizer) is { Count: > 0 } chunk)
            {
                if (batch is null || batch.BatchCommands.Count != 2 * chunk.Count)
                {
                    if (batch is not null)
                    {
                        await batch.DisposeAsync();
                    }

                    batch = new NpgsqlBatch(connection);
                    prepared = false;
                    for (var n = 0; n < chunk.Count; n++)
                    {
                        batch.BatchCommands.Add(PersonCommand(PersonSql));
                    }

                    for (var n = 0; n < chunk.Count; n++)
                    {
                        batch.BatchCommands.Add(KoppelingCommand(KoppelingSql));
                    }
                }

                var first = id;
                for (var n = 0; n < chunk.Count; n++)
                {
                    var row = chunk[n];
                    var r = row.Row;
                    var p = batch.BatchCommands[n].Parameters;
                    ((NpgsqlParameter<long>)p[0]).TypedValue = ++id;
                    p[1].Value = (object?)row.BsnPseudoniem ?? DBNull.Value;
                    ((NpgsqlParameter<string>)p[2]).TypedValue = row.VNummerPseudoniem;
                    ((NpgsqlParameter<int>)p[3]).TypedValue = r.Geboortejaar;
                    ((NpgsqlParameter<string>)p[4]).TypedValue = r.Herkomstland;
                    ((NpgsqlParameter<string>)p[5]).TypedValue = r.GemeenteCode;
                }

                id = first;
                for (var n = 0; n < chunk.Count; n++)
                {
                    var row = chunk[n];
                    var r = row.Row;
                    id++;
                    var k = batch.BatchCommands[chunk.Count + n].Parameters;
                    ((NpgsqlParameter<DateOnly>)k[0]).TypedValue = r.Koppeldatum;
                    k[1].Value = r.Huisvestingsdatum is { } h ? h : DBNull.Value;
                    ((NpgsqlParameter<string>)k[2]).TypedValue = r.TaakstellingPeriode;
                    ((NpgsqlParameter<string>)k[3]).TypedValue = r.GezinId;
                    ((NpgsqlParameter<string>)k[4]).TypedValue = Pascal(r.Gezinsrol);
                    ((NpgsqlParameter<bool>)k[5]).TypedValue = r.Nareiziger;
                    ((NpgsqlParameter<string>)k[6]).TypedValue = Pascal(r.Voorinburgering);
                    ((NpgsqlParameter<string>)k[7]).TypedValue = Pascal(r.Status);
                    ((NpgsqlParameter<string>)k[8]).TypedValue = r.KoppelingId;
                    ((NpgsqlParameter<string>)k[9]).TypedValue = row.ContentHash;
                    ((NpgsqlParameter<string>)k[10]).TypedValue = "coa-koppelingen-20250101.csv:line " + (id + 1).ToString(CultureInfo.InvariantCulture);
                    ((NpgsqlParameter<long>)k[11]).TypedValue = id;
                    ((NpgsqlParameter<string>)k[12]).TypedValue = r.GemeenteCode;
                }

                stopwatch.Start();
                await using (var tx = await connection.BeginTransactionAsync())
                {
                    batch.Transaction = tx;
                    if (!prepared)
                    {
                        await batch.PrepareAsync();
                        prepared = true;
                    }

                    await batch.ExecuteNonQueryAsync();
                    await tx.CommitAsync();
                }

                stopwatch.Stop();
            }
        }
        finally
        {
            if (batch is not null)
            {
                await batch.DisposeAsync();
            }
        }

        static NpgsqlBatchCommand PersonCommand(string sql)
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.Add(new NpgsqlParameter<long> { NpgsqlDbType = NpgsqlDbType.Bigint });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<int> { NpgsqlDbType = NpgsqlDbType.Integer });
            command.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text });
            return command;
        }

        static NpgsqlBatchCommand KoppelingCommand(string sql)
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.Add(new NpgsqlParameter<DateOnly> { NpgsqlDbType = NpgsqlDbType.Date });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Date });
            command.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter<bool> { NpgsqlDbType = NpgsqlDbType.Boolean });
            command.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<long> { NpgsqlDbType = NpgsqlDbType.Bigint });
            command.Parameters.Add(new NpgsqlParameter<string> { NpgsqlDbType = NpgsqlDbType.Text });
            return command;
        }
    }

    /// <summary>The COPY reference (phase <c>copy</c>): binary COPY, one per table per transaction.</summary>
    private static async Task PostgreSqlCopyAsync(NpgsqlConnection connection, int rows, Stopwatch stopwatch)
    {
        var pseudonymizer = new HmacPseudonymizer(Encoding.UTF8.GetBytes(HubServices.Key));
        var id = 0L;
        using var rowsEnumerator = CoaFileGenerator.Rows(rows).GetEnumerator();
        while (Next(rowsEnumerator, pseudonymizer) is { Count: > 0 } chunk)
        {
            stopwatch.Start();
            await using (var tx = await connection.BeginTransactionAsync())
            {
                var first = id;
                await using (var person = await connection.BeginBinaryImportAsync(
                    "COPY inburgeraars (\"Id\", \"Pseudoniem\", \"VNummerPseudoniem\", \"Geboortejaar\", \"Herkomstland\", \"GemeenteCode\", \"GemeentePrioriteit\", \"FirstSeenRunId\", \"LastChangedRunId\") FROM STDIN (FORMAT BINARY)"))
                {
                    foreach (var row in chunk)
                    {
                        var r = row.Row;
                        await person.StartRowAsync();
                        await person.WriteAsync(++id, NpgsqlDbType.Bigint);
                        if (row.BsnPseudoniem is { } bsn)
                        {
                            await person.WriteAsync(bsn, NpgsqlDbType.Text);
                        }
                        else
                        {
                            await person.WriteNullAsync();
                        }

                        await person.WriteAsync(row.VNummerPseudoniem, NpgsqlDbType.Text);
                        await person.WriteAsync(r.Geboortejaar, NpgsqlDbType.Integer);
                        await person.WriteAsync(r.Herkomstland, NpgsqlDbType.Text);
                        await person.WriteAsync(r.GemeenteCode, NpgsqlDbType.Text);
                        await person.WriteAsync(1, NpgsqlDbType.Integer);
                        await person.WriteAsync(1L, NpgsqlDbType.Bigint);
                        await person.WriteAsync(1L, NpgsqlDbType.Bigint);
                    }

                    await person.CompleteAsync();
                }

                id = first;
                await using (var koppeling = await connection.BeginBinaryImportAsync(
                    "COPY koppelingen (\"Koppeldatum\", \"Huisvestingsdatum\", \"TaakstellingPeriode\", \"GezinId\", \"Gezinsrol\", \"Nareiziger\", \"Voorinburgering\", \"Status\", "
                    + "\"SourceConnector\", \"SourceStream\", \"SourceId\", \"ContentHash\", \"FirstSeenRunId\", \"LastChangedRunId\", \"SourceFileId\", \"SourceLocation\", \"LastSeenFileId\", "
                    + "\"IsDeleted\", \"DeletedRunId\", \"InburgeraarId\", \"GemeenteCode\") FROM STDIN (FORMAT BINARY)"))
                {
                    foreach (var row in chunk)
                    {
                        var r = row.Row;
                        id++;
                        await koppeling.StartRowAsync();
                        await koppeling.WriteAsync(r.Koppeldatum, NpgsqlDbType.Date);
                        if (r.Huisvestingsdatum is { } h)
                        {
                            await koppeling.WriteAsync(h, NpgsqlDbType.Date);
                        }
                        else
                        {
                            await koppeling.WriteNullAsync();
                        }

                        await koppeling.WriteAsync(r.TaakstellingPeriode, NpgsqlDbType.Text);
                        await koppeling.WriteAsync(r.GezinId, NpgsqlDbType.Text);
                        await koppeling.WriteAsync(Pascal(r.Gezinsrol), NpgsqlDbType.Varchar);
                        await koppeling.WriteAsync(r.Nareiziger, NpgsqlDbType.Boolean);
                        await koppeling.WriteAsync(Pascal(r.Voorinburgering), NpgsqlDbType.Varchar);
                        await koppeling.WriteAsync(Pascal(r.Status), NpgsqlDbType.Varchar);
                        await koppeling.WriteAsync("coa", NpgsqlDbType.Text);
                        await koppeling.WriteAsync("koppelingen", NpgsqlDbType.Text);
                        await koppeling.WriteAsync(r.KoppelingId, NpgsqlDbType.Text);
                        await koppeling.WriteAsync(row.ContentHash, NpgsqlDbType.Text);
                        await koppeling.WriteAsync(1L, NpgsqlDbType.Bigint);
                        await koppeling.WriteAsync(1L, NpgsqlDbType.Bigint);
                        await koppeling.WriteNullAsync();
                        await koppeling.WriteAsync("coa-koppelingen-20250101.csv:line " + (id + 1).ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Text);
                        await koppeling.WriteNullAsync();
                        await koppeling.WriteAsync(false, NpgsqlDbType.Boolean);
                        await koppeling.WriteNullAsync();
                        await koppeling.WriteAsync(id, NpgsqlDbType.Bigint);
                        await koppeling.WriteAsync(r.GemeenteCode, NpgsqlDbType.Text);
                    }

                    await koppeling.CompleteAsync();
                }

                await tx.CommitAsync();
            }

            stopwatch.Stop();
        }
    }

    private static async Task SqliteAsync(SqliteConnection connection, int rows, Stopwatch stopwatch)
    {
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

        var id = 0L;
        using var rowsEnumerator = CoaFileGenerator.Rows(rows).GetEnumerator();
        while (Next(rowsEnumerator, pseudonymizer) is { Count: > 0 } chunk)
        {
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

    }

    /// <summary>Enum values are stored by name (HOOFDPERSOON → Hoofdpersoon), as the hub stores them.</summary>
    private static string Pascal(string code) => string.Concat(code[..1], code[1..].ToLowerInvariant());

    private sealed record PlainRow(GeneratedRow Row, string? BsnPseudoniem, string VNummerPseudoniem, string ContentHash);
}
