using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Inburgering.Hub.Connectors.Abstractions.Http;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Inburgering.Hub.Connectors.WerkSaam;

/// <summary>
/// The WerkSaam API over HTTP: an OAuth2 client-credentials token, cached until shortly before it
/// expires, and GETs of collection pages. Every request goes through one
/// <see cref="ResilienceHandler"/> with the SDK's pipeline (<see cref="HttpResilience"/>). A 401 on a page fetches a
/// new token once and repeats the request once.
/// </summary>
internal sealed class WerkSaamApi : IDisposable
{
    /// <summary>A token is renewed this long before it expires (or at half its life when that is shorter).</summary>
    private static readonly TimeSpan RenewBefore = TimeSpan.FromSeconds(60);

    private readonly HttpClient _http;
    private readonly WerkSaamSettings _settings;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _tokenLock = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _retries = new(StringComparer.Ordinal);
    private string? _token;
    private DateTimeOffset _renewAt;

    /// <param name="settings">The connector settings.</param>
    /// <param name="primary">The handler that does the network I/O.</param>
    /// <param name="ownsPrimary">Dispose <paramref name="primary"/> with this instance.</param>
    /// <param name="time">Clock of token expiry and of the resilience pipeline.</param>
    public WerkSaamApi(WerkSaamSettings settings, HttpMessageHandler primary, bool ownsPrimary, TimeProvider time)
    {
        _settings = settings;
        _time = time;
        var resilience = new ResilienceHandler(HttpResilience.CreatePipeline(settings.Resilience, time, answer => _retries.AddOrUpdate(answer, 1, (_, n) => n + 1)))
        {
            InnerHandler = primary,
        };
        _http = new HttpClient(resilience, disposeHandler: ownsPrimary)
        {
            BaseAddress = settings.BaseUrl,
            Timeout = Timeout.InfiniteTimeSpan, // the pipeline's total timeout governs
        };
    }

    /// <summary>Number of tokens fetched (for diagnostics and tests).</summary>
    public int TokensFetched { get; private set; }

    /// <summary>Fetches a new token now (used by the connector's check).</summary>
    public Task FetchTokenAsync(CancellationToken cancellationToken) => TokenAsync(rejected: _token ?? "", force: true, cancellationToken);

    /// <summary>GETs one page. A 410 Gone (expired cursor) is an answer, not an error; other failures throw.</summary>
    public async Task<PageResponse> GetPageAsync(Uri url, CancellationToken cancellationToken)
    {
        _retries.Clear(); // pages are read one at a time: what is counted from here on belongs to this page
        var token = await TokenAsync(rejected: null, force: false, cancellationToken);
        var response = await SendAsync(url, token, cancellationToken);
        var renewed = false;
        try
        {
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                renewed = true;
                // The token expired early or was revoked: one new token, one retry.
                response.Dispose();
                token = await TokenAsync(rejected: token, force: false, cancellationToken);
                response = await SendAsync(url, token, cancellationToken);
                if (response.StatusCode == HttpStatusCode.Unauthorized)
                {
                    throw new WerkSaamAuthenticationException(
                        $"WerkSaam answered 401 Unauthorized to GET {url.PathAndQuery} with a freshly issued token; check ClientId/ClientSecret and the client's rights.");
                }
            }

            if (response.StatusCode == HttpStatusCode.Gone)
            {
                return new PageResponse(Gone: true, [], renewed, TakeRetries());
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"WerkSaam answered {(int)response.StatusCode} {response.ReasonPhrase} to GET {url.PathAndQuery} (after {_settings.MaxRetries} retries where retryable); the stream stays at its last committed page."),
                    null,
                    response.StatusCode);
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return new PageResponse(Gone: false, body, renewed, TakeRetries());
        }
        finally
        {
            response.Dispose();
        }
    }

    /// <summary>The retries counted since the page was asked for, per answer (e.g. <c>429</c> → 2), in order of the answer.</summary>
    private SortedDictionary<string, int> TakeRetries() => new(_retries.ToDictionary(), StringComparer.Ordinal);

    public void Dispose()
    {
        _http.Dispose();
        _tokenLock.Dispose();
    }

    private async Task<HttpResponseMessage> SendAsync(Uri url, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await Guard(() => _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken), $"GET {url.PathAndQuery}");
    }

    /// <summary>
    /// The cached token, or a new one when there is none, it is due for renewal, it is
    /// <paramref name="rejected"/> (a 401 on it), or <paramref name="force"/>.
    /// </summary>
    private async Task<string> TokenAsync(string? rejected, bool force, CancellationToken cancellationToken)
    {
        await _tokenLock.WaitAsync(cancellationToken);
        try
        {
            if (!force && _token is not null && _time.GetUtcNow() < _renewAt && !string.Equals(_token, rejected, StringComparison.Ordinal))
            {
                return _token;
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, "oauth/token")
            {
                Content = new FormUrlEncodedContent(
                [
                    new("grant_type", "client_credentials"),
                    new("client_id", _settings.ClientId),
                    new("client_secret", _settings.ClientSecret),
                ]),
            };
            using var response = await Guard(() => _http.SendAsync(request, cancellationToken), "POST /oauth/token");
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest)
            {
                throw new WerkSaamAuthenticationException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"WerkSaam refused the client credentials ({(int)response.StatusCode} {response.ReasonPhrase} from POST /oauth/token); check ClientId and ClientSecret."));
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException(
                    string.Create(CultureInfo.InvariantCulture, $"WerkSaam answered {(int)response.StatusCode} {response.ReasonPhrase} to POST /oauth/token."),
                    null,
                    response.StatusCode);
            }

            var (token, lifetime) = ReadToken(await response.Content.ReadAsByteArrayAsync(cancellationToken));
            var renewBefore = lifetime / 2 < RenewBefore ? lifetime / 2 : RenewBefore;
            _token = token;
            _renewAt = _time.GetUtcNow() + lifetime - renewBefore;
            TokensFetched++;
            return token;
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    private static (string Token, TimeSpan Lifetime) ReadToken(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("access_token", out var token) && token.ValueKind == JsonValueKind.String
                && !string.IsNullOrEmpty(token.GetString()))
            {
                var seconds = root.TryGetProperty("expires_in", out var expires) && expires.ValueKind == JsonValueKind.Number
                    && expires.TryGetInt32(out var s) && s > 0
                        ? s
                        : 300;
                return (token.GetString()!, TimeSpan.FromSeconds(seconds));
            }
        }
        catch (JsonException)
        {
            // Reported below.
        }

        throw new WerkSaamAuthenticationException("WerkSaam's token endpoint did not answer {\"access_token\":…,\"expires_in\":…}.");
    }

    /// <summary>Turns the pipeline's rejections (timeouts, open circuit) into an error that names the request.</summary>
    private async Task<HttpResponseMessage> Guard(Func<Task<HttpResponseMessage>> send, string what)
    {
        try
        {
            return await send();
        }
        catch (ExecutionRejectedException ex)
        {
            throw new HttpRequestException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"WerkSaam {what} failed after {_settings.MaxRetries} retries: {ex.Message} (attempt timeout {_settings.AttemptTimeout.TotalSeconds}s, total {_settings.TotalTimeout.TotalSeconds}s)."),
                ex);
        }
        catch (HttpRequestException ex) when (ex.StatusCode is null)
        {
            throw new HttpRequestException($"WerkSaam {what} failed: {ex.Message} (is BaseUrl {_settings.BaseUrl} reachable?)", ex);
        }
    }
}

/// <summary>A page as received: its body, or <c>Gone</c> when the cursor expired.</summary>
/// <param name="Gone">410: the cursor expired.</param>
/// <param name="Body">The page's bytes.</param>
/// <param name="TokenRenewed">A 401 made the API fetch a new token and repeat the request.</param>
/// <param name="Retries">Retries of the resilience pipeline while the page was fetched, per answer (<c>429</c>, <c>503</c>, <c>timeout</c>, …).</param>
internal sealed record PageResponse(bool Gone, byte[] Body, bool TokenRenewed = false, IReadOnlyDictionary<string, int>? Retries = null);
