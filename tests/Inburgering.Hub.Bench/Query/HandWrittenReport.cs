using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Inburgering.Hub.Bench.Query.Dataset;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Inburgering.Hub.Bench.Query;

/// <summary>
/// The voortgangsrapportage cells computed with hand-written SQL (HandWrittenReport.sql, one
/// statement per section, written from the definitions, not from EF's SQL) on a plain connection
/// with the hub's page cache size. financieelZelfredzaam is derived from the ontzorgen counts, as in
/// the hub. On PostgreSQL the same text runs translated by <see cref="PostgreSqlDialect"/> (the
/// gemeenten as a <c>text[]</c> parameter, the dates as <c>date</c>), with JIT off as on the hub's connections.
/// </summary>
internal sealed class HandWrittenReport : IDisposable
{
    /// <summary>
    /// The doelbinding per person, written to be looked up per fact rather than grouped over the whole
    /// region: one row per effective WI2021 kennisgeving with a doelgroep, the group (statushouder when
    /// any such kennisgeving says ASIELSTATUSHOUDER) and the latest kennisgeving as correlated
    /// subqueries. NOT MATERIALIZED lets SQLite inline it into each join (a person with two such
    /// kennisgevingen is joined twice; every count is distinct).
    /// </summary>
    private const string Klassen =
        """
        kennisgevingen AS NOT MATERIALIZED (
          SELECT m.InburgeraarId, m.Doelgroep, m.Datum
          FROM duo_meldingen m
          WHERE m.Soort = 'InburgeringsplichtGestart' AND m.Wet = 'Wi2021' AND m.Doelgroep IS NOT NULL
            AND m.IsDeleted = 0 AND m.VervangenDoorSourceId IS NULL AND m.GemeenteCode IN g),
        klassen(persoon, groep, kennisgeving) AS NOT MATERIALIZED (
          SELECT k.InburgeraarId,
                 IIF(k.Doelgroep = 'Asielstatushouder'
                     OR EXISTS (SELECT 1 FROM kennisgevingen a WHERE a.InburgeraarId = k.InburgeraarId AND a.Doelgroep = 'Asielstatushouder'), 1, 2),
                 (SELECT MAX(l.Datum) FROM kennisgevingen l WHERE l.InburgeraarId = k.InburgeraarId)
          FROM kennisgevingen k)
        """;

    private readonly DbConnection _connection;
    private readonly bool _postgres;
    private readonly List<(string Name, DbCommand Command)> _sections = [];

    public HandWrittenReport(BenchDatabase database, DateOnly van, DateOnly tot, IReadOnlyList<string> gemeenten)
    {
        ArgumentNullException.ThrowIfNull(database);
        _postgres = database.Provider == BenchProvider.PostgreSql;
        _connection = BenchDataset.Open(database);
        using (var pragma = _connection.CreateCommand())
        {
            pragma.CommandText = _postgres ? "SET jit = off;" : "PRAGMA cache_size=-32768;";
            pragma.ExecuteNonQuery();
        }

        foreach (var (name, body) in Sections())
        {
            var command = _connection.CreateCommand();
            command.CommandText =
                $"""
                WITH g(code) AS (SELECT value FROM json_each($gemeenten)),
                {Klassen},
                facts(gemeente, sleutel, cell) AS (
                {body}
                )
                SELECT gemeente, cell, COUNT(DISTINCT sleutel) FROM facts GROUP BY gemeente, cell
                UNION ALL
                SELECT '{ReportCells.Regio}', cell, COUNT(DISTINCT sleutel) FROM facts GROUP BY cell
                """;
            if (command is NpgsqlCommand postgres)
            {
                postgres.CommandText = PostgreSqlDialect.Translate(postgres.CommandText.Replace("SELECT value FROM json_each($gemeenten)", "SELECT unnest($gemeenten)", StringComparison.Ordinal));
                postgres.Parameters.AddWithValue("van", NpgsqlDbType.Date, van);
                postgres.Parameters.AddWithValue("tot", NpgsqlDbType.Date, tot);
                postgres.Parameters.AddWithValue("gemeenten", NpgsqlDbType.Array | NpgsqlDbType.Text, gemeenten.ToArray());
            }
            else
            {
                var sqlite = (SqliteCommand)command;
                sqlite.Parameters.AddWithValue("$van", van.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                sqlite.Parameters.AddWithValue("$tot", tot.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                sqlite.Parameters.AddWithValue("$gemeenten", JsonSerializer.Serialize(gemeenten));
            }

            _sections.Add((name, command));
        }
    }

    public IReadOnlyList<string> SectionNames => [.. _sections.Select(s => s.Name)];

    /// <summary>All cells: one statement per section.</summary>
    public Dictionary<(string Gemeente, string Cell), long> Compute()
    {
        var cells = new Dictionary<(string, string), long>();
        foreach (var (_, command) in _sections)
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cells[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
            }
        }

        foreach (var gemeente in cells.Keys.Select(k => k.Item1).Distinct().ToList())
        {
            var trajecten = cells.GetValueOrDefault((gemeente, "financieelOntzorgen.aantalTrajecten"));
            cells[(gemeente, "kpis[FINANCIEELZELFREDZAAM].teller")] = trajecten - cells.GetValueOrDefault((gemeente, "financieelOntzorgen.verlengd"));
            cells[(gemeente, "kpis[FINANCIEELZELFREDZAAM].noemer")] = trajecten;
        }

        return cells;
    }

    /// <summary>The query plan of every section (EXPLAIN QUERY PLAN), for diagnosis.</summary>
    public IEnumerable<string> Plans()
    {
        foreach (var (name, command) in _sections)
        {
            using var explain = _connection.CreateCommand();
            explain.CommandText = (_postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
            foreach (DbParameter p in command.Parameters)
            {
                explain.Parameters.Add(p is NpgsqlParameter n ? n.Clone() : new SqliteParameter(p.ParameterName, p.Value));
            }

            using var reader = explain.ExecuteReader();
            yield return "-- " + name;
            while (reader.Read())
            {
                yield return "   " + reader.GetString(_postgres ? 0 : 3);
            }
        }
    }

    public void Dispose()
    {
        foreach (var (_, command) in _sections)
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    private static IEnumerable<(string Name, string Body)> Sections()
    {
        using var stream = typeof(HandWrittenReport).Assembly.GetManifestResourceStream("Inburgering.Hub.Bench.Query.HandWrittenReport.sql")!;
        using var reader = new StreamReader(stream);
        string? name = null;
        var body = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("-- section: ", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    yield return (name, string.Join('\n', body).Trim());
                }

                name = line["-- section: ".Length..];
                body.Clear();
            }
            else if (name is not null)
            {
                body.Add(line);
            }
        }

        if (name is not null)
        {
            yield return (name, string.Join('\n', body).Trim());
        }
    }
}
