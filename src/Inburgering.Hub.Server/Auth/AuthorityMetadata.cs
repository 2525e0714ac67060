using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Inburgering.Hub.Server.Auth;

/// <summary>
/// The OpenID Connect provider's discovery document and signing keys (JWKS), fetched from
/// <c>Hub:Auth:Authority</c> and cached: refreshed every <see cref="AuthOptions.MetadataRefreshInterval"/>,
/// and at once when a token names a key id the cache does not hold (the provider rotated its keys), at
/// most once per <see cref="AuthOptions.KeyRefreshInterval"/> so tokens with made-up key ids cannot
/// hammer the provider. A key the provider no longer publishes is gone after the next refresh.
/// When the provider cannot be reached the last keys stay in use (a token signed with them still
/// validates, signature checked as always); without any keys nothing validates and callers get
/// <c>503</c> (<see cref="ChallengeResponse"/>). Outbound calls go through the resilience handler of the
/// <see cref="HttpClientName"/> client. The JWT bearer handler and the token handler use this as their
/// configuration manager; <see cref="AuthorityHealthCheck"/> reports its state.
/// </summary>
public sealed partial class AuthorityMetadata : BaseConfigurationManager, IConfigurationManager<OpenIdConnectConfiguration>
{
    /// <summary>The named <see cref="HttpClient"/> (with a resilience handler) for the provider.</summary>
    public const string HttpClientName = "Hub.Auth.Authority";

    private static readonly TimeSpan MaxRetryAfterFailure = TimeSpan.FromSeconds(5);

    private readonly AuthOptions _options;
    private readonly IHttpClientFactory _http;
    private readonly TimeProvider _time;
    private readonly ILogger<AuthorityMetadata> _logger;
    private readonly SemaphoreSlim _fetch = new(1, 1);
    private OpenIdConnectConfiguration? _current;
    private DateTimeOffset _fetchAfter = DateTimeOffset.MinValue;
    private DateTimeOffset _lastKeyRefresh = DateTimeOffset.MinValue;

    public AuthorityMetadata(AuthOptions options, IHttpClientFactory http, TimeProvider time, ILogger<AuthorityMetadata> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _http = http;
        _time = time;
        _logger = logger;

        // No "last known good" configuration: a key the provider stopped publishing must stop working
        // after the next fetch, not stay valid for the library's LKG lifetime (an hour by default).
        UseLastKnownGoodConfiguration = false;
        MetadataAddress = string.IsNullOrWhiteSpace(options.Authority)
            ? ""
            : options.Authority.TrimEnd('/') + "/.well-known/openid-configuration";
    }

    /// <summary>When the keys now in use were fetched; null before the first success.</summary>
    public DateTimeOffset? FetchedAt { get; private set; }

    /// <summary>Since when fetches fail, and why the last one did; null once a fetch succeeds.</summary>
    public (DateTimeOffset At, string Reason)? LastFailure { get; private set; }

    /// <summary>The number of signing keys now in use.</summary>
    public int KeyCount => _current?.SigningKeys.Count ?? 0;

    /// <summary>True when tokens can be checked: keys have been fetched at least once.</summary>
    public bool HasKeys => _current is not null;

    /// <summary>The cached configuration, fetched first when due (see the class summary). Throws when none can be had.</summary>
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        var current = _current;
        if (current is not null && _time.GetUtcNow() < _fetchAfter)
        {
            return current;
        }

        await _fetch.WaitAsync(cancel);
        try
        {
            if (_current is { } fresh && _time.GetUtcNow() < _fetchAfter)
            {
                return fresh;
            }

            if (_current is null && LastFailure is { } failure && _time.GetUtcNow() < _fetchAfter)
            {
                throw Unavailable(failure.Reason, null);
            }

            return await FetchAsync(cancel) ?? _current ?? throw Unavailable(LastFailure?.Reason ?? "no answer", null);
        }
        finally
        {
            _fetch.Release();
        }
    }

    public override async Task<BaseConfiguration> GetBaseConfigurationAsync(CancellationToken cancel) =>
        await GetConfigurationAsync(cancel);

    /// <summary>A token named a key id the cache does not hold: fetch on the next use, unless that was done less than <see cref="AuthOptions.KeyRefreshInterval"/> ago.</summary>
    public override void RequestRefresh()
    {
        var now = _time.GetUtcNow();
        if (now - _lastKeyRefresh >= _options.KeyRefreshInterval)
        {
            _lastKeyRefresh = now;
            _fetchAfter = now;
        }
    }

    /// <summary>Fetches now (the health check), whatever the cache says; returns whether the provider answered.</summary>
    public async Task<bool> ProbeAsync(CancellationToken cancel)
    {
        await _fetch.WaitAsync(cancel);
        try
        {
            return await FetchAsync(cancel) is not null;
        }
        finally
        {
            _fetch.Release();
        }
    }

    /// <summary>Fetches the discovery document and JWKS; null (and <see cref="LastFailure"/> set) when the provider does not answer properly.</summary>
    private async Task<OpenIdConnectConfiguration?> FetchAsync(CancellationToken cancel)
    {
        var now = _time.GetUtcNow();
        try
        {
            var retriever = new HttpDocumentRetriever(_http.CreateClient(HttpClientName)) { RequireHttps = _options.RequireHttpsMetadata };
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(MetadataAddress, retriever, cancel);
            if (configuration.SigningKeys.Count == 0)
            {
                throw new InvalidOperationException($"its JWKS ({configuration.JwksUri}) holds no signing keys");
            }

            var kids = string.Join(", ", configuration.SigningKeys.Select(k => k.KeyId));
            if (_current is null || LastFailure is not null || !SameKeys(_current, configuration))
            {
                LogFetched(MetadataAddress, configuration.SigningKeys.Count, kids);
            }

            _current = configuration;
            FetchedAt = now;
            LastFailure = null;
            _fetchAfter = now + _options.MetadataRefreshInterval;
            return configuration;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancel.IsCancellationRequested)
        {
            var reason = Reason(ex);
            if (LastFailure is null)
            {
                LogUnreachable(MetadataAddress, reason, _current is not null);
            }

            LastFailure = (LastFailure?.At ?? now, reason);
            _fetchAfter = now + (_options.KeyRefreshInterval < MaxRetryAfterFailure ? _options.KeyRefreshInterval : MaxRetryAfterFailure);
            return null;
        }
    }

    private static bool SameKeys(OpenIdConnectConfiguration a, OpenIdConnectConfiguration b) =>
        a.SigningKeys.Select(k => k.KeyId).Order(StringComparer.Ordinal).SequenceEqual(b.SigningKeys.Select(k => k.KeyId).Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static string Reason(Exception ex)
    {
        var inner = ex;
        while (inner.InnerException is not null && inner is InvalidOperationException or IOException)
        {
            inner = inner.InnerException;
        }

        return inner switch
        {
            HttpRequestException http => http.HttpRequestError is HttpRequestError.ConnectionError ? "connection refused or host unreachable" : http.Message,
            TimeoutException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException => "no answer in time",
            _ => inner.Message,
        };
    }

    private AuthorityUnavailableException Unavailable(string reason, Exception? inner) =>
        new($"The OpenID Connect provider {_options.Authority} cannot be reached ({reason}): tokens cannot be checked.", inner);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched {Address}: {Count} signing keys ({Kids}).")]
    private partial void LogFetched(string address, int count, string kids);

    [LoggerMessage(Level = LogLevel.Error, Message = "The OpenID Connect provider's discovery document {Address} cannot be fetched: {Reason}. Keys cached: {Cached} (without them every request gets 503).")]
    private partial void LogUnreachable(string address, string reason, bool cached);
}

/// <summary>The provider's keys could not be fetched and none are cached.</summary>
public sealed class AuthorityUnavailableException(string message, Exception? inner) : Exception(message, inner);
