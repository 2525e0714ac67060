using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Abstractions.Paging;
using Inburgering.Hub.Connectors.Abstractions.Text;
using Polly;

namespace Inburgering.Hub.Connectors.WerkSaam;

/// <summary>
/// WerkSaam Westfriesland: brede intakes/PIPs, uitkeringen, ontzorgtrajecten, MAP-trajecten and
/// participatie from WerkSaam's REST API (<c>GET {base}/api/v1/{collection}?gewijzigdSinds=…&amp;limit=…</c>,
/// following <c>nextCursor</c>), OAuth2 client credentials.
/// </summary>
/// <remarks>
/// <para>Every page is a document: <see cref="DocumentStarted"/> (the URL, SHA-256 and size of the
/// body), a message per item, <see cref="DocumentCompleted"/> with the stream state (see
/// <see cref="WerkSaamState"/>). The engine commits each page with its state before the next page is
/// requested, so a run that dies resumes at the next cursor of the last committed page.</para>
/// <para>A <c>410 Gone</c> (expired cursor) restarts the chain from the last committed watermark:
/// items already committed come again and are unchanged by content hash. An item that changed while
/// the chain was read arrives again later in it with a later <c>gewijzigdOp</c>; the engine upserts by
/// id, so the last version wins. 429/5xx/timeouts are retried by the resilience pipeline; when that
/// gives up, the read throws and the run fails with the stream at its last committed page.</para>
/// </remarks>
public sealed class WerkSaamConnector : IConnector, IDisposable
{
    /// <summary>The name in configuration: <c>Hub:Connectors:werksaam</c>.</summary>
    public const string Name = "werksaam";

    public const string Intakes = "intakes";
    public const string Uitkeringen = "uitkeringen";
    public const string Ontzorgtrajecten = "ontzorgtrajecten";
    public const string MapTrajecten = "map-trajecten";
    public const string Participatie = "participatie";

    /// <summary>How often one read restarts an expired cursor chain before it gives up.</summary>
    private const int MaxRestarts = 3;

    private readonly Func<HttpMessageHandler>? _handlerFactory;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Lazy<WerkSaamApi>> _apis = new(StringComparer.Ordinal);

    /// <summary>The plug-in constructor: real network, system clock.</summary>
    public WerkSaamConnector()
        : this(handlerFactory: null, TimeProvider.System)
    {
    }

    /// <summary>
    /// For tests and hosts that bring their own transport: <paramref name="handler"/> does the network
    /// I/O below the resilience pipeline (it is not disposed by the connector); <paramref name="time"/>
    /// drives token expiry and the pipeline's delays and timeouts.
    /// </summary>
    public WerkSaamConnector(HttpMessageHandler handler, TimeProvider? time = null)
        : this(() => handler ?? throw new ArgumentNullException(nameof(handler)), time ?? TimeProvider.System)
    {
    }

    private WerkSaamConnector(Func<HttpMessageHandler>? handlerFactory, TimeProvider time)
    {
        _handlerFactory = handlerFactory;
        _time = time;
    }

    /// <inheritdoc/>
    public ConnectorManifest Manifest { get; } = new(
        Name,
        "1.0.0",
        "WerkSaam Westfriesland (incl. RIT): brede intakes/PIPs, uitkeringen, ontzorgtrajecten, MAP-trajecten and participatie from the WerkSaam REST API.",
        [
            new StreamDescriptor(Intakes, StreamMode.Incremental, "Brede intakes with leerbaarheidstoets, advies and PIP (RIT), changed since the watermark."),
            new StreamDescriptor(Uitkeringen, StreamMode.Incremental, "Participatiewet-uitkeringen, changed since the watermark."),
            new StreamDescriptor(Ontzorgtrajecten, StreamMode.Incremental, "Financieel ontzorgen with the posten paid, changed since the watermark."),
            new StreamDescriptor(MapTrajecten, StreamMode.Incremental, "MAP-trajecten (praktijkuren, themas, resultaat), changed since the watermark."),
            new StreamDescriptor(Participatie, StreamMode.Incremental, "Participatie- and werkactiviteiten, changed since the watermark."),
        ],
        WerkSaamSettings.Descriptors);

    /// <summary>Tokens fetched by this instance over all configurations (diagnostics, tests).</summary>
    public int TokensFetched => _apis.Values.Where(a => a.IsValueCreated).Sum(a => a.Value.TokensFetched);

    /// <inheritdoc/>
    public async Task<CheckResult> CheckAsync(ConnectorSettings settings, CancellationToken cancellationToken)
    {
        WerkSaamSettings werksaam;
        try
        {
            werksaam = WerkSaamSettings.From(settings);
        }
        catch (ConnectorSettingsException ex)
        {
            return CheckResult.Fail(ex.Message);
        }

        // A check answers quickly: at most two retries, on its own pipeline and token.
        using var api = CreateApi(werksaam with { MaxRetries = Math.Min(werksaam.MaxRetries, 2) });
        try
        {
            await api.FetchTokenAsync(cancellationToken);
            return CheckResult.Ok($"WerkSaam at {werksaam.BaseUrl} issued a token for client '{werksaam.ClientId}'.");
        }
        catch (WerkSaamAuthenticationException ex)
        {
            return CheckResult.Fail(ex.Message);
        }
        catch (Exception ex) when (ex is HttpRequestException or ExecutionRejectedException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return CheckResult.Fail($"WerkSaam at {werksaam.BaseUrl} is unreachable or failing: {ex.Message}");
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<SourceMessage> ReadAsync(ReadRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Manifest.Streams.Any(s => string.Equals(s.Name, request.Stream, StringComparison.Ordinal)))
        {
            throw new ArgumentException(
                $"The {Name} connector has no stream '{request.Stream}'; it has {string.Join(", ", Manifest.Streams.Select(s => s.Name))}.", nameof(request));
        }

        var settings = WerkSaamSettings.From(request.Settings);
        var api = _apis.GetOrAdd(settings.CacheKey, _ => new Lazy<WerkSaamApi>(() => CreateApi(settings))).Value;
        var committed = WerkSaamState.Parse(request.State);

        // Resume an unfinished chain at its cursor (same query), or start a new one from the watermark.
        var since = committed.Cursor is null ? committed.Watermark : committed.WatermarkAtStart;
        var cursor = committed.Cursor;
        var restarts = 0;
        var chain = new CursorChain(settings.MaxPages);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var url = PageUrl(settings, request.Stream, since, cursor);
            chain.Request(cursor, $"GET {url.AbsolutePath}");
            var page = await api.GetPageAsync(url, cancellationToken);
            if (page.Retries is { Count: > 0 } retries)
            {
                yield return new SourceNotice(
                    "RETRIED",
                    $"WerkSaam answered {string.Join(", ", retries.Select(r => $"{r.Key} ×{r.Value}"))} to GET {url.AbsolutePath}; "
                        + "the request was repeated after the wait it asked (Retry-After) or the back-off.",
                    retries.Values.Sum());
            }

            if (page.TokenRenewed)
            {
                yield return new SourceNotice("TOKEN_RENEWED", $"WerkSaam answered 401 to GET {url.AbsolutePath}; a new token was fetched and the request repeated.");
            }

            if (page.Gone)
            {
                if (cursor is null || ++restarts > MaxRestarts)
                {
                    throw new HttpRequestException(
                        $"WerkSaam answered 410 Gone to GET {url.PathAndQuery} {(cursor is null ? "without a cursor" : $"after {MaxRestarts} restarts")}; the stream stays at its last committed page.");
                }

                // The cursor expired: start a new chain from what is committed. Items read again are no-ops.
                yield return new SourceNotice(
                    "CURSOR_RESTARTED",
                    $"WerkSaam answered 410 Gone to GET {url.AbsolutePath} (expired cursor); the chain restarted from the last committed watermark (restart {restarts} of {MaxRestarts}).",
                    restarts);
                since = committed.Watermark;
                cursor = null;
                chain.Restart();
                continue;
            }

            var name = url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
            var document = ReadPage(request.Stream, name, page.Body, committed, since);
            if (document.Unreadable is { } unreadable)
            {
                // Nothing of the page is applied and the state stays: the next run asks for it again.
                yield return new DocumentStarted(name, Sha256(page.Body), page.Body.LongLength);
                yield return unreadable;
                yield break;
            }

            // A page that brings nothing and moves nothing (a run with no changes) is not a document.
            if (document.Messages.Count > 0 || !document.State.SameAs(committed))
            {
                yield return new DocumentStarted(name, Sha256(page.Body), page.Body.LongLength);
                foreach (var message in document.Messages)
                {
                    yield return message;
                }

                // The engine commits the page and this state before it asks for the next message.
                yield return new DocumentCompleted(document.State.Serialize());
                committed = document.State;
            }

            if (document.NextCursor is null)
            {
                yield break;
            }

            cursor = document.NextCursor;
        }
    }

    /// <summary>Disposes the HTTP pipelines this instance created.</summary>
    public void Dispose()
    {
        foreach (var api in _apis.Values.Where(a => a.IsValueCreated))
        {
            api.Value.Dispose();
        }

        _apis.Clear();
    }

    private WerkSaamApi CreateApi(WerkSaamSettings settings) =>
        _handlerFactory is null
            ? new WerkSaamApi(settings, new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }, ownsPrimary: true, _time)
            : new WerkSaamApi(settings, _handlerFactory(), ownsPrimary: false, _time);

    private static Uri PageUrl(WerkSaamSettings settings, string collection, DateTimeOffset? since, string? cursor)
    {
        var query = new StringBuilder();
        if (since is { } s)
        {
            query.Append("gewijzigdSinds=").Append(Uri.EscapeDataString(WerkSaamState.Format(s))).Append('&');
        }

        if (cursor is not null)
        {
            query.Append("cursor=").Append(Uri.EscapeDataString(cursor)).Append('&');
        }

        query.Append("limit=").Append(settings.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new Uri(settings.BaseUrl, $"api/v1/{collection}?{query}");
    }

    /// <summary>
    /// Reads a page: a message per item, except items committed before with this very version
    /// (same id at exactly the committed watermark: a server whose <c>gewijzigdSinds</c> is inclusive
    /// sends them again); and the state after the page.
    /// </summary>
    private static PageDocument ReadPage(string stream, string name, byte[] body, WerkSaamState committed, DateTimeOffset? since)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            return PageDocument.Failed($"{name}: the page is not valid JSON ({IdentifierMask.Mask(ex.Message)}).");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                return PageDocument.Failed($"{name}: the page is not {{\"items\":[…],\"nextCursor\":…}}.");
            }

            string? next = null;
            if (root.TryGetProperty("nextCursor", out var nextCursor))
            {
                if (nextCursor.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    return PageDocument.Failed($"{name}: nextCursor is not a string or null.");
                }

                next = nextCursor.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(nextCursor.GetString()) ? nextCursor.GetString() : null;
            }

            var skip = new HashSet<string>(committed.IdsAtWatermark, StringComparer.Ordinal);
            var watermark = committed.Watermark;
            var atWatermark = new HashSet<string>(committed.IdsAtWatermark, StringComparer.Ordinal);
            var messages = new List<SourceMessage>();
            var index = 0;
            foreach (var element in items.EnumerateArray())
            {
                var item = WerkSaamItemParser.Parse(stream, element, name, index++);
                if (item.Id is { } id && item.GewijzigdOp is { } changed)
                {
                    if (changed == committed.Watermark && skip.Contains(id))
                    {
                        continue; // committed before with exactly this version
                    }

                    if (watermark is null || changed > watermark)
                    {
                        watermark = changed;
                        atWatermark.Clear();
                    }

                    if (changed == watermark)
                    {
                        atWatermark.Add(id);
                    }
                }

                messages.Add(item.Message);
            }

            var state = new WerkSaamState
            {
                Watermark = watermark,
                IdsAtWatermark = [.. atWatermark.Order(StringComparer.Ordinal)],
                Cursor = next,
                WatermarkAtStart = next is null ? null : since,
            };
            return new PageDocument(messages, state, next, null);
        }
    }

    private static string Sha256(byte[] body) => Convert.ToHexStringLower(SHA256.HashData(body));

    private sealed record PageDocument(List<SourceMessage> Messages, WerkSaamState State, string? NextCursor, DocumentUnreadable? Unreadable)
    {
        public static PageDocument Failed(string message) =>
            new([], WerkSaamState.Initial, null, new DocumentUnreadable(ReasonCodes.UnreadableDocument, message));
    }
}
