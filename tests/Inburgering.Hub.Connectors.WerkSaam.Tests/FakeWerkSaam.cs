using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inburgering.Hub.Connectors.WerkSaam.Tests;

/// <summary>
/// A fake WerkSaam API on loopback (Kestrel on 127.0.0.1, a free port). Serves many independent
/// tenants under <c>/t/{tenant}/</c>, each with its own data set and faults: OAuth2 client
/// credentials, collections paged by an opaque keyset cursor, <c>gewijzigdSinds</c> inclusive.
/// </summary>
public sealed class FakeWerkSaam : IAsyncDisposable
{
    public const string ClientId = "inburgering-hub";
    public const string ClientSecret = "test-only-client-secret";

    private static readonly Lazy<Task<FakeWerkSaam>> SharedServer = new(() => StartAsync());

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, FakeTenant> _tenants = new(StringComparer.Ordinal);

    private FakeWerkSaam(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>One server for the whole test run (tenants keep tests apart).</summary>
    public static Task<FakeWerkSaam> Shared => SharedServer.Value;

    /// <summary><c>http://127.0.0.1:port/</c>.</summary>
    public Uri Root { get; }

    public static async Task<FakeWerkSaam> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        FakeWerkSaam? server = null;
        app.MapPost("/t/{tenant}/oauth/token", (string tenant, HttpContext context) => server!.Tenant(tenant).TokenAsync(context));
        app.MapGet("/t/{tenant}/api/v1/{collection}", (string tenant, string collection, HttpContext context) => server!.Tenant(tenant).PageAsync(collection, context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeWerkSaam(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>The tenant named <paramref name="name"/> (created empty on first use).</summary>
    public FakeTenant Tenant(string name) => _tenants.GetOrAdd(name, n => new FakeTenant(new Uri(Root, $"t/{n}/")));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A served request: method, path and query, and the status answered.</summary>
public sealed record ServedRequest(string Method, string Collection, string Query, int Status, DateTimeOffset At);

/// <summary>One data set of the fake API, with its faults.</summary>
public sealed class FakeTenant(Uri baseUrl)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Entry>> _collections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CursorInfo> _cursors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _tokens = new(StringComparer.Ordinal);
    private readonly List<ServedRequest> _log = [];
    private readonly List<Fault> _faults = [];
    private long _sequence;
    private DateTimeOffset _clock = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The base URL to configure the connector with.</summary>
    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>Called after a page was produced (before it is sent): collection and 1-based page number of its chain.</summary>
    public Action<string, int>? OnPageServed { get; set; }

    /// <summary>Token lifetime announced in <c>expires_in</c>.</summary>
    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>Tokens issued.</summary>
    public int TokensIssued { get; private set; }

    /// <summary>Every request answered, in order.</summary>
    public IReadOnlyList<ServedRequest> Log
    {
        get
        {
            lock (_gate)
            {
                return [.. _log];
            }
        }
    }

    /// <summary>Adds or replaces an item (by id); its <c>gewijzigdOp</c> is taken from the item, or the next tick.</summary>
    public void Put(string collection, JsonObject item)
    {
        lock (_gate)
        {
            var id = item["id"]!.GetValue<string>();
            if (item["gewijzigdOp"] is null)
            {
                item["gewijzigdOp"] = Tick();
            }

            var list = List(collection);
            list.RemoveAll(e => e.Id == id);
            list.Add(new Entry(id, Order(item), item.ToJsonString()));
        }
    }

    /// <summary>Adds a raw item as is (not an object, duplicate id, …) at the next tick.</summary>
    public void PutRaw(string collection, string rawJson)
    {
        lock (_gate)
        {
            var tick = Tick();
            var at = DateTimeOffset.Parse(tick, CultureInfo.InvariantCulture);
            if (JsonNode.Parse(rawJson) is JsonObject item && item["gewijzigdOp"] is null)
            {
                item["gewijzigdOp"] = tick;
                rawJson = item.ToJsonString();
            }

            List(collection).Add(new Entry($"raw-{_sequence}", at, rawJson));
        }
    }

    /// <summary>Changes an item: applies <paramref name="change"/> and gives it a later <c>gewijzigdOp</c>.</summary>
    public void Change(string collection, string id, Action<JsonObject> change)
    {
        lock (_gate)
        {
            var item = Current(collection, id) ?? throw new InvalidOperationException($"No item {id} in {collection}.");
            change(item);
            item["gewijzigdOp"] = Tick();
            Put(collection, item);
        }
    }

    /// <summary>Deletes an item: it becomes a tombstone with a later <c>gewijzigdOp</c>.</summary>
    public void Delete(string collection, string id)
    {
        lock (_gate)
        {
            Put(collection, new JsonObject { ["id"] = id, ["verwijderd"] = true, ["gewijzigdOp"] = Tick() });
        }
    }

    /// <summary>The current live (not deleted) items of a collection, by id.</summary>
    public Dictionary<string, JsonObject> Live(string collection)
    {
        lock (_gate)
        {
            return List(collection)
                .Select(e => JsonNode.Parse(e.Raw) as JsonObject)
                .OfType<JsonObject>()
                .Where(o => o["verwijderd"]?.GetValue<bool>() != true)
                .ToDictionary(o => o["id"]!.GetValue<string>(), StringComparer.Ordinal);
        }
    }

    /// <summary>Ids of tombstones in a collection.</summary>
    public List<string> Tombstones(string collection)
    {
        lock (_gate)
        {
            return [.. List(collection)
                .Select(e => JsonNode.Parse(e.Raw) as JsonObject)
                .OfType<JsonObject>()
                .Where(o => o["verwijderd"]?.GetValue<bool>() == true)
                .Select(o => o["id"]!.GetValue<string>())];
        }
    }

    /// <summary>Every token issued so far answers 401 from now on.</summary>
    public void ExpireTokens()
    {
        lock (_gate)
        {
            _tokens.Clear();
        }
    }

    /// <summary>Every cursor issued so far answers 410 Gone from now on.</summary>
    public void ExpireCursors()
    {
        lock (_gate)
        {
            foreach (var cursor in _cursors.Values)
            {
                cursor.Expired = true;
            }
        }
    }

    /// <summary>
    /// Adds a fault: for the next <paramref name="times"/> page requests that match, answer with
    /// <paramref name="respond"/> instead (return false to answer normally after it ran, e.g. a delay).
    /// </summary>
    public void AddFault(Func<PageRequest, bool> match, Func<HttpContext, Task<bool>> respond, int times = 1)
    {
        lock (_gate)
        {
            _faults.Add(new Fault(match, respond, times));
        }
    }

    /// <summary>Removes every fault.</summary>
    public void DisarmFaults()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    /// <summary>429 with <c>Retry-After</c> seconds.</summary>
    public static Func<HttpContext, Task<bool>> TooManyRequests(int retryAfterSeconds) => context =>
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Task.FromResult(true);
    };

    /// <summary>A bare status code.</summary>
    public static Func<HttpContext, Task<bool>> Status(int status) => context =>
    {
        context.Response.StatusCode = status;
        return Task.FromResult(true);
    };

    /// <summary>Waits, then answers normally (or not at all when the client gave up).</summary>
    public static Func<HttpContext, Task<bool>> Slow(TimeSpan delay) => async context =>
    {
        try
        {
            await Task.Delay(delay, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return true;
        }

        return false;
    };

    internal async Task TokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        if (form["grant_type"] != "client_credentials" || form["client_id"] != FakeWerkSaam.ClientId || form["client_secret"] != FakeWerkSaam.ClientSecret)
        {
            Record("POST", "oauth/token", "", StatusCodes.Status401Unauthorized);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new { error = "invalid_client" });
            return;
        }

        string token;
        lock (_gate)
        {
            token = Guid.NewGuid().ToString("N");
            _tokens.Add(token);
            TokensIssued++;
        }

        Record("POST", "oauth/token", "", StatusCodes.Status200OK);
        await context.Response.WriteAsJsonAsync(new Dictionary<string, object> { ["access_token"] = token, ["expires_in"] = TokenLifetimeSeconds });
    }

    internal async Task PageAsync(string collection, HttpContext context)
    {
        var query = context.Request.QueryString.Value ?? "";
        var auth = context.Request.Headers.Authorization.ToString();
        bool authorized;
        lock (_gate)
        {
            authorized = auth.StartsWith("Bearer ", StringComparison.Ordinal) && _tokens.Contains(auth["Bearer ".Length..]);
        }

        if (!authorized)
        {
            Record("GET", collection, query, StatusCodes.Status401Unauthorized);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var request = new PageRequest(collection, context.Request.Query["cursor"].FirstOrDefault(), context.Request.Query["gewijzigdSinds"].FirstOrDefault());
        Fault? fault;
        lock (_gate)
        {
            fault = _faults.FirstOrDefault(f => f.Times > 0 && f.Match(request));
            if (fault is not null)
            {
                fault.Times--;
            }
        }

        if (fault is not null && await fault.Respond(context))
        {
            Record("GET", collection, query, context.Response.StatusCode);
            return;
        }

        var limit = int.Parse(context.Request.Query["limit"].FirstOrDefault() ?? "200", CultureInfo.InvariantCulture);
        string body;
        int page;
        lock (_gate)
        {
            CursorInfo? position = null;
            if (request.Cursor is not null && (!_cursors.TryGetValue(request.Cursor, out position) || position.Expired))
            {
                Record("GET", collection, query, StatusCodes.Status410Gone);
                context.Response.StatusCode = StatusCodes.Status410Gone;
                return;
            }

            DateTimeOffset? since = request.GewijzigdSinds is null ? null : DateTimeOffset.Parse(request.GewijzigdSinds, CultureInfo.InvariantCulture);
            var ordered = List(collection)
                .Where(e => since is null || e.At >= since)
                .Where(e => position is null || Compare(e, position.At, position.Id) > 0)
                .OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal)
                .ToList();
            var items = ordered.Take(limit).ToList();
            page = (position?.Page ?? 0) + 1;
            string? next = null;
            if (ordered.Count > items.Count)
            {
                next = $"c{++_sequence}";
                _cursors[next] = new CursorInfo(items[^1].At, items[^1].Id, page);
            }

            body = "{\"items\":[" + string.Join(",", items.Select(i => i.Raw)) + "],\"nextCursor\":" + (next is null ? "null" : $"\"{next}\"") + "}";
        }

        OnPageServed?.Invoke(collection, page);
        Record("GET", collection, query, StatusCodes.Status200OK);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }

    private static int Compare(Entry e, DateTimeOffset at, string id)
    {
        var c = e.At.CompareTo(at);
        return c != 0 ? c : string.CompareOrdinal(e.Id, id);
    }

    private static DateTimeOffset Order(JsonObject item) =>
        item["gewijzigdOp"] is JsonValue v && v.TryGetValue<string>(out var s)
        && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : DateTimeOffset.MinValue;

    private JsonObject? Current(string collection, string id) =>
        List(collection).FirstOrDefault(e => e.Id == id) is { } entry ? (JsonObject)JsonNode.Parse(entry.Raw)! : null;

    private string Tick()
    {
        _clock = _clock.AddMinutes(1);
        _sequence++;
        return _clock.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    private List<Entry> List(string collection)
    {
        if (!_collections.TryGetValue(collection, out var list))
        {
            _collections[collection] = list = [];
        }

        return list;
    }

    private void Record(string method, string collection, string query, int status)
    {
        lock (_gate)
        {
            _log.Add(new ServedRequest(method, collection, query, status, DateTimeOffset.UtcNow));
        }
    }

    private sealed record Entry(string Id, DateTimeOffset At, string Raw);

    private sealed record CursorInfo(DateTimeOffset At, string Id, int Page)
    {
        public bool Expired { get; set; }
    }

    private sealed class Fault(Func<PageRequest, bool> match, Func<HttpContext, Task<bool>> respond, int times)
    {
        public Func<PageRequest, bool> Match { get; } = match;

        public Func<HttpContext, Task<bool>> Respond { get; } = respond;

        public int Times { get; set; } = times;
    }
}

/// <summary>What a page request asked for.</summary>
public sealed record PageRequest(string Collection, string? Cursor, string? GewijzigdSinds);
