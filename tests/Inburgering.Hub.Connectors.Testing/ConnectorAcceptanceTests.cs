using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.Domain.Values;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Inburgering.Hub.Connectors.Testing;

/// <summary>
/// The acceptance tests every connector passes. A connector's test project derives one class from
/// this base, says how to build the connector and its fixtures and what they hold, and inherits the
/// facts: manifest, check, the read protocol (framing, SHA-256, exact records, no BSN in messages),
/// an engine run (inserted rows, idempotency, resume from state), quarantine of bad input while the
/// good rows of the same document load, and that no BSN of the fixtures is stored.
/// </summary>
/// <remarks>
/// xunit creates one instance per test; every test works in its own temporary folder (fixture
/// files and a SQLite database), removed when the instance is disposed.
/// </remarks>
/// <typeparam name="TConnector">The connector under test.</typeparam>
public abstract partial class ConnectorAcceptanceTests<TConnector> : IDisposable
    where TConnector : IConnector
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "hub-connector-kit", Guid.NewGuid().ToString("N"));
    private readonly HashSet<string> _fixtureBsns = new(StringComparer.Ordinal);

    /// <summary>Creates a new instance of the connector under test.</summary>
    protected abstract TConnector CreateConnector();

    /// <summary>
    /// Writes the good fixture (files, recorded responses, …) into <paramref name="folder"/>, a fresh
    /// empty folder, and returns the settings that point the connector at it. Called more than once
    /// per test when a test needs the same fixture delivered again.
    /// </summary>
    protected abstract ConnectorSettings PrepareGoodFixture(string folder);

    /// <summary>
    /// The source ids, per stream, that reading the good fixture from an empty state must yield as
    /// <see cref="SourceRecord"/>s (order-insensitive, duplicates count). Every stream of the manifest
    /// that yields nothing may be left out.
    /// </summary>
    protected abstract IReadOnlyDictionary<string, IReadOnlyList<string>> ExpectedSourceIds { get; }

    /// <summary>
    /// Bad-input fixtures, each with the reason code it must be quarantined with. Connector-level
    /// reasons (MALFORMED_RECORD, INVALID_DATE, DUPLICATE_ID, …) and engine-level reasons
    /// (INVALID_BSN, UNKNOWN_GEMEENTE, UNKNOWN_CODE, …) are both welcome.
    /// </summary>
    protected abstract IEnumerable<BadInput> BadInputs { get; }

    /// <summary>
    /// Source ids, per stream, of rows the engine derives from the records besides one row per record
    /// (e.g. DUO's plicht-gemeente periods <c>{kennisgevingId}:{van}</c>): allowed among the live rows
    /// of the stream although the connector never yields them. Default: none.
    /// </summary>
    protected virtual IReadOnlyDictionary<string, IReadOnlyList<string>> ExpectedDerivedSourceIds { get; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// Rows the engine inserts when it runs the good fixture. Default: every expected source id.
    /// Override when the good fixture holds records the engine refuses (see
    /// <see cref="ExpectedQuarantinedFromGoodFixture"/>).
    /// </summary>
    protected virtual int ExpectedInserted => ExpectedSourceIds.Values.Sum(ids => ids.Count);

    /// <summary>
    /// Live sourced rows after the good fixture: the records, plus the rows the engine derives from them
    /// (<see cref="ExpectedDerivedSourceIds"/>), which a run does not count. Default: <see cref="ExpectedInserted"/>.
    /// </summary>
    protected virtual int ExpectedLiveRows => ExpectedInserted;

    /// <summary>
    /// Quarantine rows the engine makes of the good fixture: records the connector reads fine but the
    /// engine refuses (invalid BSN, unknown gemeente). Default 0.
    /// </summary>
    protected virtual int ExpectedQuarantinedFromGoodFixture => 0;

    /// <summary>What a read from the saved state yields, and what later deliveries do. Default: nothing.</summary>
    protected virtual ResumeScenario Resume => new();

    /// <summary>Gemeenten configured in the test hub. Default: the seven of Westfriesland.</summary>
    protected virtual IReadOnlyList<FixtureGemeente> Gemeenten => FixtureGemeente.Westfriesland;

    /// <summary>
    /// Settings that <see cref="IConnector.CheckAsync"/> must refuse (Succeeded false, a message, no
    /// exception), besides the generated ones that each miss one required setting. Receives the folder
    /// the good fixture was prepared in and the settings for it. Default: none.
    /// </summary>
    protected virtual IEnumerable<(string Name, ConnectorSettings Settings)> InvalidSettings(string folder, ConnectorSettings good) => [];

    /// <summary>
    /// Setting keys that must be marked <see cref="SettingDescriptor.Secret"/>. Keys that look like a
    /// secret (password, token, api key, client secret, …) must be marked anyway. Default: none.
    /// </summary>
    protected virtual IReadOnlyCollection<string> SecretSettingKeys => [];

    /// <summary>
    /// Raw BSNs of the fixtures that must never be stored. The kit adds every
    /// <see cref="PersonRef.Bsn"/> the connector yields and every elfproef-valid nine-digit run in a
    /// rejected record's raw text; override to add BSNs that neither reveals.
    /// </summary>
    protected virtual IEnumerable<string> FixtureBsns => [];

    /// <summary>The manifest: lowercase name, semantic version, unique streams and settings, secrets marked.</summary>
    [Fact]
    public void Manifest_is_valid()
    {
        var manifest = CreateConnector().Manifest;

        Assert.NotNull(manifest);
        Assert.Matches(ConnectorName(), manifest.Name);
        Assert.Matches(SemVer(), manifest.Version);
        Assert.False(string.IsNullOrWhiteSpace(manifest.Description), "The manifest needs a description.");
        Assert.NotEmpty(manifest.Streams);
        Assert.All(manifest.Streams, s =>
        {
            Assert.Matches(StreamName(), s.Name);
            Assert.True(Enum.IsDefined(s.Mode), $"Stream '{s.Name}' has an undefined mode {s.Mode}.");
            Assert.False(string.IsNullOrWhiteSpace(s.Description), $"Stream '{s.Name}' needs a description.");
        });
        AssertUnique(manifest.Streams.Select(s => s.Name), StringComparer.OrdinalIgnoreCase, "stream name");
        AssertUnique(manifest.Settings.Select(s => s.Key), StringComparer.OrdinalIgnoreCase, "setting key");
        Assert.All(manifest.Settings, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Key), "A setting needs a key.");
            Assert.DoesNotContain(':', s.Key);
            Assert.False(string.IsNullOrWhiteSpace(s.Description), $"Setting '{s.Key}' needs a description.");
            Assert.False(s.Required && s.Default is not null, $"Setting '{s.Key}' is required and has a default; it is one or the other.");
            var mustBeSecret = SecretLike().IsMatch(s.Key) || SecretSettingKeys.Contains(s.Key, StringComparer.OrdinalIgnoreCase);
            Assert.False(mustBeSecret && !s.Secret, $"Setting '{s.Key}' holds a secret and must be marked Secret.");
            Assert.False(s.Secret && s.Default is not null, $"Secret setting '{s.Key}' must not have a default value.");
        });
        foreach (var key in SecretSettingKeys)
        {
            Assert.Contains(manifest.Settings, s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Check succeeds on the good fixture.</summary>
    [Fact]
    public async Task Check_succeeds_on_the_good_fixture()
    {
        var settings = PrepareGoodFixture(NewFolder("fixture"));

        var result = await CreateConnector().CheckAsync(settings, CancellationToken.None);

        Assert.True(result.Succeeded, $"Check failed on the good fixture: {result.Message}");
    }

    /// <summary>Check refuses missing required settings and the connector's own invalid settings, without throwing.</summary>
    [Fact]
    public async Task Check_fails_on_bad_settings_with_a_message()
    {
        var folder = NewFolder("fixture");
        var good = PrepareGoodFixture(folder);
        var connector = CreateConnector();
        var cases = connector.Manifest.Settings
            .Where(s => s.Required)
            .Select(s => (Name: $"missing required setting '{s.Key}'", Settings: Without(good, s.Key), Key: (string?)s.Key))
            .Concat(InvalidSettings(folder, good).Select(c => (c.Name, c.Settings, Key: (string?)null)))
            .ToList();

        foreach (var (name, settings, key) in cases)
        {
            CheckResult result;
            try
            {
                result = await connector.CheckAsync(settings, CancellationToken.None);
            }
            catch (Exception ex)
            {
                Assert.Fail($"Check threw on {name} instead of failing: {ex.GetType().Name}: {ex.Message}");
                throw;
            }

            Assert.False(result.Succeeded, $"Check succeeded on {name}.");
            Assert.False(string.IsNullOrWhiteSpace(result.Message), $"Check failed on {name} without a message.");
            if (key is not null)
            {
                Assert.Contains(key, result.Message, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    /// <summary>
    /// Reading the good fixture yields exactly the expected records, each document framed
    /// DocumentStarted…DocumentCompleted with a SHA-256, and no rejection.
    /// </summary>
    [Fact]
    public async Task Read_of_the_good_fixture_yields_exactly_the_expected_records()
    {
        var folder = NewFolder("fixture");
        var settings = PrepareGoodFixture(folder);
        var connector = CreateConnector();

        foreach (var stream in connector.Manifest.Streams)
        {
            var read = await ReadAsync(connector, stream.Name, settings, state: null);

            AssertFramed(read, folder);
            Assert.Empty(read.Rejections);
            Assert.DoesNotContain(read.Messages, m => m is DocumentUnreadable);
            Assert.Equal(Sorted(Expected(ExpectedSourceIds, stream.Name)), Sorted(read.Records.Select(r => r.SourceId)));
            Assert.All(read.Records, r =>
            {
                Assert.False(string.IsNullOrWhiteSpace(r.Location), $"Record {r.SourceId} has no location.");
                Assert.NotNull(r.Data);
            });
        }

        Assert.All(ExpectedSourceIds.Keys, s => Assert.Contains(connector.Manifest.Streams, d => d.Name == s));
    }

    /// <summary>
    /// A read from the state committed with the last document yields nothing new, or only what
    /// <see cref="Resume"/> delivers later.
    /// </summary>
    [Fact]
    public async Task Read_resumed_from_the_saved_state_yields_only_later_documents()
    {
        var folder = NewFolder("fixture");
        var settings = PrepareGoodFixture(folder);
        var connector = CreateConnector();
        var states = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var stream in connector.Manifest.Streams)
        {
            states[stream.Name] = (await ReadAsync(connector, stream.Name, settings, state: null)).LastState(fallback: null);
        }

        var scenario = Resume;
        scenario.AddDocuments?.Invoke(folder);

        foreach (var stream in connector.Manifest.Streams)
        {
            var read = await ReadAsync(CreateConnector(), stream.Name, settings, states[stream.Name]);

            AssertFramed(read, folder);
            Assert.Equal(Sorted(Expected(scenario.SourceIds, stream.Name)), Sorted(read.Records.Select(r => r.SourceId)));
            Assert.Equal(Sorted(Expected(scenario.TombstoneIds, stream.Name)), Sorted(read.Tombstones.Select(t => t.SourceId)));
            AssertNoBsnInMessages(read);
        }
    }

    /// <summary>The engine loads the good fixture: status Succeeded or PartiallySucceeded, the expected rows inserted.</summary>
    [Fact]
    public async Task Engine_run_of_the_good_fixture_inserts_the_expected_rows()
    {
        var folder = NewFolder("fixture");
        await using var hub = await StartHubAsync(PrepareGoodFixture(folder));

        var run = await hub.RunAsync();

        Assert.True(
            run.Status is SyncRunStatus.Succeeded or SyncRunStatus.PartiallySucceeded,
            $"Run ended {run.Status}: {run.Error}");
        Assert.Equal(ExpectedInserted, run.Inserted);
        Assert.Equal(0, run.Updated);
        Assert.Equal(ExpectedQuarantinedFromGoodFixture, run.Quarantined);
        var live = await hub.LiveSourceIdsAsync();
        Assert.Equal(ExpectedLiveRows, live.Values.Sum(ids => ids.Count));
        foreach (var (stream, ids) in live)
        {
            Assert.Subset(
                Expected(ExpectedSourceIds, stream).Concat(Expected(ExpectedDerivedSourceIds, stream)).ToHashSet(StringComparer.Ordinal),
                ids.ToHashSet(StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// A second run changes nothing; nor does the same fixture delivered again from scratch (fresh
    /// folder, stream state forgotten): equal content is never inserted or updated twice, a
    /// byte-identical document (same name and SHA-256) is skipped and the run says so
    /// (SKIPPED_REDELIVERY), and no quarantine entry is doubled.
    /// </summary>
    [Fact]
    public async Task Second_run_and_redelivery_are_idempotent()
    {
        await using var hub = await StartHubAsync(PrepareGoodFixture(NewFolder("fixture")));
        await hub.RunAsync();

        var second = await hub.RunAsync();

        Assert.True(second.Status is SyncRunStatus.Succeeded or SyncRunStatus.PartiallySucceeded, $"Second run ended {second.Status}: {second.Error}");
        Assert.Equal(0, second.Inserted);
        Assert.Equal(0, second.Updated);
        Assert.Equal(0, second.Deleted);

        var quarantined = (await hub.QuarantineAsync()).Count;
        hub.UseSettings(PrepareGoodFixture(NewFolder("redelivery")));
        await hub.ResetStateAsync();
        var redelivered = await hub.RunAsync();

        Assert.True(redelivered.Status is SyncRunStatus.Succeeded or SyncRunStatus.PartiallySucceeded, $"Redelivery ended {redelivered.Status}: {redelivered.Error}");
        Assert.Equal(0, redelivered.Inserted);
        Assert.Equal(0, redelivered.Updated);
        Assert.Equal(0, redelivered.Deleted);
        Assert.Equal(quarantined, (await hub.QuarantineAsync()).Count);
        await using var db = hub.System();
        var skipped = await db.SyncRunEvents.CountAsync(e => e.RunId == redelivered.Id && e.Kind == SyncRunEventKinds.SkippedRedelivery);
        Assert.True(
            skipped > 0 || redelivered.Unchanged == ExpectedInserted,
            $"The redelivery neither skipped its byte-identical documents ({skipped} SKIPPED_REDELIVERY events) nor found every row unchanged ({redelivered.Unchanged} of {ExpectedInserted}).");
    }

    /// <summary>
    /// The first bad-input fixture delivered twice, the second time as a corrected delivery would be
    /// (the engine is made to forget it applied those documents): each bad record is refused again and
    /// keeps its one open quarantine entry, with a seen-count of 2.
    /// </summary>
    [Fact]
    public async Task A_bad_record_refused_again_keeps_one_quarantine_entry()
    {
        var bad = BadInputs.FirstOrDefault();
        if (bad is null)
        {
            return;
        }

        await using var hub = await StartHubAsync(bad.Prepare(NewFolder("bad-1")));
        await hub.RunAsync();
        var first = await hub.QuarantineAsync();
        hub.UseSettings(bad.Prepare(NewFolder("bad-2")));
        await hub.ResetStateAsync();
        await using (var db = hub.System())
        {
            // Forget that the documents were applied, so the same bytes are read again as a corrected delivery would be.
            await db.SourceFiles.ExecuteUpdateAsync(f => f.SetProperty(x => x.AppliedAt, (DateTimeOffset?)null));
        }

        await hub.RunAsync();
        var second = await hub.QuarantineAsync();

        Assert.NotEmpty(first);
        Assert.Equal(first.Count, second.Count);
        Assert.All(second, q => Assert.Equal(2, q.SeenCount));
    }

    /// <summary>After <see cref="ResumeScenario.AddDocuments"/>, the engine applies only the later documents.</summary>
    [Fact]
    public async Task Engine_run_after_later_deliveries_applies_only_them()
    {
        var scenario = Resume;
        var folder = NewFolder("fixture");
        await using var hub = await StartHubAsync(PrepareGoodFixture(folder));
        await hub.RunAsync();
        scenario.AddDocuments?.Invoke(folder);

        var run = await hub.RunAsync();

        Assert.True(run.Status is SyncRunStatus.Succeeded or SyncRunStatus.PartiallySucceeded, $"Run ended {run.Status}: {run.Error}");
        Assert.Equal(scenario.Inserted, run.Inserted);
        Assert.Equal(scenario.Updated, run.Updated);
        Assert.Equal(scenario.Deleted, run.Deleted);
    }

    /// <summary>
    /// Each bad input is quarantined with its reason code while the good records of the same
    /// document load; no rejection message names a BSN; no BSN is stored.
    /// </summary>
    [Fact]
    public async Task Bad_inputs_are_quarantined_with_their_reason_and_the_good_rows_load()
    {
        var badInputs = BadInputs.ToList();
        Assert.NotEmpty(badInputs);

        foreach (var bad in badInputs)
        {
            Assert.True(bad.LoadedSourceIds.Count > 0, $"Bad input '{bad}' must name at least one good record of the same document.");
            var folder = NewFolder("bad");
            var settings = bad.Prepare(folder);

            var connector = CreateConnector();
            Assert.Contains(connector.Manifest.Streams, s => s.Name == bad.Stream);
            var read = await ReadAsync(connector, bad.Stream, settings, state: null);
            AssertFramed(read, folder);
            AssertNoBsnInMessages(read);

            // Read again from a fresh copy: the first read may have moved the files.
            await using var hub = await StartHubAsync(bad.Prepare(NewFolder("bad")));
            var run = await hub.RunAsync();

            Assert.True(run.Status is SyncRunStatus.PartiallySucceeded, $"Bad input '{bad}': run ended {run.Status} ({run.Error}); expected PartiallySucceeded.");
            var quarantine = await hub.QuarantineAsync();
            Assert.True(
                quarantine.Any(q => q.Stream == bad.Stream && q.ReasonCode == bad.ReasonCode
                    && (bad.Location is null || q.Location.Contains(bad.Location, StringComparison.Ordinal))),
                $"Bad input '{bad}' was not quarantined with {bad.ReasonCode}"
                + (bad.Location is null ? "" : $" at '{bad.Location}'")
                + $"; quarantine holds: {string.Join("; ", quarantine.Select(q => $"{q.Stream} {q.Location} {q.ReasonCode}"))}.");
            var live = await hub.LiveSourceIdsAsync();
            var loaded = live.GetValueOrDefault(bad.Stream) ?? [];
            Assert.All(bad.LoadedSourceIds, id => Assert.True(loaded.Contains(id), $"Bad input '{bad}': good record {id} of the same document was not stored."));
            if (bad.NothingElseStored)
            {
                var derived = Expected(ExpectedDerivedSourceIds, bad.Stream).ToHashSet(StringComparer.Ordinal);
                Assert.True(
                    loaded.Where(id => !derived.Contains(id)).ToHashSet(StringComparer.Ordinal).SetEquals(bad.LoadedSourceIds),
                    $"Bad input '{bad}': the stream holds {string.Join(", ", loaded)}, not just {string.Join(", ", bad.LoadedSourceIds)}: part of the bad record was stored.");
            }

            await AssertNoBsnStoredAsync(hub);
        }
    }

    /// <summary>After ingesting the good fixture, no text column of the database holds a raw BSN of it.</summary>
    [Fact]
    public async Task No_BSN_of_the_fixture_is_stored_after_ingest()
    {
        var folder = NewFolder("fixture");
        var settings = PrepareGoodFixture(folder);
        var connector = CreateConnector();
        foreach (var stream in connector.Manifest.Streams)
        {
            // Learns the fixture's BSNs from what the connector yields; reads a copy, so the run below sees the files.
            AssertNoBsnInMessages(await ReadAsync(connector, stream.Name, PrepareGoodFixture(NewFolder("copy")), state: null));
        }

        await using var hub = await StartHubAsync(settings);
        var run = await hub.RunAsync();
        Assert.Equal(ExpectedInserted, run.Inserted);

        await AssertNoBsnStoredAsync(hub);
    }

    /// <summary>Removes the temporary folders of the test.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Removes the temporary folders of the test; override to release more.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Idem.
        }
    }

    /// <summary>A new empty folder below the test's temporary root.</summary>
    protected string NewFolder(string name)
    {
        var path = Path.Combine(_root, $"{name}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Reads one stream to the end, collecting every message and learning the BSNs it carries.</summary>
    protected async Task<ReadResult> ReadAsync(IConnector connector, string stream, ConnectorSettings settings, string? state)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var messages = new List<SourceMessage>();
        await foreach (var message in connector.ReadAsync(new ReadRequest(stream, settings, state), CancellationToken.None))
        {
            messages.Add(message);
            switch (message)
            {
                case SourceRecord { Data: PersonIngestRecord { Person.Bsn: { } bsn } } when !string.IsNullOrWhiteSpace(bsn):
                    _fixtureBsns.Add(bsn.Trim());
                    break;
                case SourceRejection rejection:
                    foreach (Match run in NineDigits().Matches(rejection.Raw))
                    {
                        if (Bsn.IsValid(run.Value))
                        {
                            _fixtureBsns.Add(run.Value);
                        }
                    }

                    break;
            }
        }

        return new ReadResult(stream, messages);
    }

    /// <summary>Starts a test hub for a new connector instance on a fresh database file.</summary>
    protected Task<TestHub> StartHubAsync(ConnectorSettings settings) =>
        TestHub.StartAsync(CreateConnector(), settings, Gemeenten, Path.Combine(NewFolder("db"), "hub.db"));

    private static IReadOnlyList<string> Expected(IReadOnlyDictionary<string, IReadOnlyList<string>> byStream, string stream) =>
        byStream.TryGetValue(stream, out var ids) ? ids : [];

    private static List<string> Sorted(IEnumerable<string> ids) => [.. ids.Order(StringComparer.Ordinal)];

    private static ConnectorSettings Without(ConnectorSettings settings, string key) =>
        new(settings.Values.Where(kv => !string.Equals(kv.Key, key, StringComparison.OrdinalIgnoreCase)));

    private static void AssertUnique(IEnumerable<string> values, StringComparer comparer, string what)
    {
        var duplicates = values.GroupBy(v => v, comparer).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"Duplicate {what}(s): {string.Join(", ", duplicates)}.");
    }

    /// <summary>
    /// Every document is DocumentStarted, then records/rejections/tombstones, then DocumentCompleted
    /// or DocumentUnreadable; nothing outside a document. A document named after a file in the
    /// fixture folder carries that file's SHA-256 and size.
    /// </summary>
    private static void AssertFramed(ReadResult read, string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .GroupBy(Path.GetFileName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key!, g => g.First(), StringComparer.Ordinal);
        DocumentStarted? open = null;
        for (var i = 0; i < read.Messages.Count; i++)
        {
            var message = read.Messages[i];
            var where = $"stream '{read.Stream}', message {i} ({message.GetType().Name})";
            switch (message)
            {
                case DocumentStarted started:
                    Assert.True(open is null, $"{where}: a document started inside document '{open?.Name}'.");
                    Assert.False(string.IsNullOrWhiteSpace(started.Name), $"{where}: the document has no name.");
                    Assert.True(Sha256Hex().IsMatch(started.Sha256), $"{where}: '{started.Sha256}' is not a lowercase hex SHA-256.");
                    Assert.True(started.Size >= 0, $"{where}: negative size.");
                    if (files.TryGetValue(started.Name, out var path) && File.Exists(path))
                    {
                        var bytes = File.ReadAllBytes(path);
                        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), started.Sha256);
                        Assert.Equal(bytes.LongLength, started.Size);
                    }

                    open = started;
                    break;
                case DocumentCompleted or DocumentUnreadable:
                    Assert.True(open is not null, $"{where}: no document is open.");
                    open = null;
                    break;
                case SourceRecord record:
                    Assert.True(open is not null, $"{where}: record {record.SourceId} outside a document.");
                    Assert.False(string.IsNullOrWhiteSpace(record.SourceId), $"{where}: a record without source id.");
                    break;
                case SourceRejection or SourceTombstone:
                    Assert.True(open is not null, $"{where}: outside a document.");
                    break;
                case SourceNotice notice:
                    // Anywhere in the stream: what the connector did besides data (retries, restarts).
                    Assert.True(NoticeKind().IsMatch(notice.Kind), $"{where}: kind '{notice.Kind}' is not UPPER_CASE of at most 40 characters.");
                    Assert.False(string.IsNullOrWhiteSpace(notice.Message), $"{where}: a notice without a message.");
                    break;
                default:
                    Assert.Fail($"{where}: unknown message type.");
                    break;
            }
        }

        Assert.True(open is null, $"Stream '{read.Stream}' ended inside document '{open?.Name}'.");
    }

    private void AssertNoBsnInMessages(ReadResult read)
    {
        foreach (var rejection in read.Rejections)
        {
            Assert.False(string.IsNullOrWhiteSpace(rejection.Message), $"Rejection at {rejection.Location} has no message.");
            Assert.False(string.IsNullOrWhiteSpace(rejection.ReasonCode), $"Rejection at {rejection.Location} has no reason code.");
            foreach (var bsn in _fixtureBsns.Concat(FixtureBsns))
            {
                Assert.False(
                    rejection.Message.Contains(bsn, StringComparison.Ordinal),
                    $"Rejection at {rejection.Location} names a BSN in its message: {Bsn.Mask(rejection.Message)}");
            }

            Assert.DoesNotContain(NineDigits().Matches(rejection.Message), m => Bsn.IsValid(m.Value));
        }

        foreach (var unreadable in read.Messages.OfType<DocumentUnreadable>())
        {
            Assert.DoesNotContain(NineDigits().Matches(unreadable.Message), m => Bsn.IsValid(m.Value));
        }
    }

    private async Task AssertNoBsnStoredAsync(TestHub hub)
    {
        var bsns = _fixtureBsns.Concat(FixtureBsns).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(bsns.Count > 0, "The kit learnt no BSN from the fixtures; a connector of person records should yield some.");
        foreach (var (table, column, value) in await hub.TextCellsAsync())
        {
            foreach (var bsn in bsns)
            {
                Assert.False(value.Contains(bsn, StringComparison.Ordinal), $"{table}.{column} holds a BSN of the fixture.");
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ConnectorName();

    [GeneratedRegex("^[a-z][a-z0-9]*([-_][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex StreamName();

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SemVer();

    [GeneratedRegex("^[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256Hex();

    [GeneratedRegex("^[A-Z][A-Z0-9_]{0,39}$")]
    private static partial Regex NoticeKind();

    [GeneratedRegex("(?<![0-9])[0-9]{9}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NineDigits();

    [GeneratedRegex("(password|passwd|secret|token|api[-_]?key|credential|private[-_]?key|connectionstring)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SecretLike();
}
