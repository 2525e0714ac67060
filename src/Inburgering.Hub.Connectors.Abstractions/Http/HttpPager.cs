using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Inburgering.Hub.Connectors.Abstractions.Paging;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Inburgering.Hub.Connectors.Abstractions.Http;

/// <summary>
/// For connectors that read a cursor-paged HTTP API: GETs page after page through the
/// <see cref="HttpResilience"/> pipeline, guarded by a <see cref="CursorChain"/> (a repeated cursor
/// or more than <c>maxPages</c> pages throws <see cref="PagingException"/>), and hands each page over
/// with its SHA-256 and the retries it took, ready for <see cref="DocumentStarted"/> and a
/// <see cref="SourceNotice"/>. A page the API refuses (after the retries, or a 4xx) throws
/// <see cref="HttpRequestException"/> naming the request, so the run fails with the stream at its last
/// committed page. One instance per connector configuration; pages of one read are fetched one at a time.
/// </summary>
public sealed class HttpPager : IDisposable
{
    private readonly HttpClient _http;
    private readonly HttpResilienceOptions _options;
    private readonly ConcurrentDictionary<string, int> _retries = new(StringComparer.Ordinal);

    /// <param name="baseAddress">The API's base URL (page URLs may be relative to it).</param>
    /// <param name="options">Timeouts and retries of the pipeline.</param>
    /// <param name="clock">Clock of the pipeline (<see cref="ReadRequest.Clock"/>).</param>
    /// <param name="primary">The handler doing the network I/O (default a <see cref="SocketsHttpHandler"/>); not disposed when given.</param>
    public HttpPager(Uri baseAddress, HttpResilienceOptions options, TimeProvider clock, HttpMessageHandler? primary = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        var resilience = new ResilienceHandler(HttpResilience.CreatePipeline(options, clock, answer => _retries.AddOrUpdate(answer, 1, (_, n) => n + 1)))
        {
            InnerHandler = primary ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
        };
        _http = new HttpClient(resilience, disposeHandler: primary is null)
        {
            BaseAddress = baseAddress,
            Timeout = Timeout.InfiniteTimeSpan, // the pipeline's total timeout governs
        };
    }

    /// <summary>
    /// Reads the chain of pages that starts at <c>pageUrl(null)</c>: after each page,
    /// <paramref name="nextCursor"/> gives the cursor of the next one (null: the chain ends) and
    /// <c>pageUrl(cursor)</c> its URL.
    /// </summary>
    /// <param name="pageUrl">The URL of the page with a cursor (null for the first page).</param>
    /// <param name="nextCursor">Reads the next cursor from a page (e.g. <c>nextCursor</c> of its JSON); may throw for a page that cannot be read.</param>
    /// <param name="prepare">Adds headers to each request (e.g. <c>Authorization</c>); may be null.</param>
    /// <param name="maxPages">The most pages of the chain (see <see cref="CursorChain"/>).</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="PagingException">A cursor repeated or the chain ran past <paramref name="maxPages"/>.</exception>
    /// <exception cref="HttpRequestException">A page was refused or the API was unreachable after the retries.</exception>
    public async IAsyncEnumerable<HttpPage> ReadAsync(
        Func<string?, Uri> pageUrl,
        Func<HttpPage, string?> nextCursor,
        Action<HttpRequestMessage>? prepare = null,
        int maxPages = CursorChain.DefaultMaxPages,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        ArgumentNullException.ThrowIfNull(nextCursor);
        var chain = new CursorChain(maxPages);
        string? cursor = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var url = pageUrl(cursor);
            chain.Request(cursor, $"GET {url.AbsolutePath}");
            var page = await GetAsync(url, cursor, prepare, cancellationToken).ConfigureAwait(false);
            yield return page;
            cursor = nextCursor(page);
            if (cursor is null)
            {
                yield break;
            }
        }
    }

    /// <summary>GETs one page through the pipeline.</summary>
    /// <exception cref="HttpRequestException">Refused, or unreachable after the retries.</exception>
    public async Task<HttpPage> GetAsync(Uri url, string? cursor, Action<HttpRequestMessage>? prepare, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        _retries.Clear();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        prepare?.Invoke(request);
        var what = $"GET {request.RequestUri?.PathAndQuery ?? url.ToString()}";
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (ExecutionRejectedException ex)
        {
            throw new HttpRequestException(
                string.Create(CultureInfo.InvariantCulture, $"{_options.Name}: {what} failed after {_options.MaxRetries} retries: {ex.Message}"), ex);
        }
        catch (HttpRequestException ex) when (ex.StatusCode is null)
        {
            throw new HttpRequestException($"{_options.Name}: {what} failed: {ex.Message} (is {_http.BaseAddress} reachable?)", ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{_options.Name} answered {(int)response.StatusCode} {response.ReasonPhrase} to {what} (after {_options.MaxRetries} retries where retryable)."),
                    null,
                    response.StatusCode);
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var absolute = request.RequestUri is { IsAbsoluteUri: true } u ? u : new Uri(_http.BaseAddress!, url);
            return new HttpPage(absolute, cursor, body, new SortedDictionary<string, int>(_retries.ToDictionary(), StringComparer.Ordinal));
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();
}

/// <summary>One page as received.</summary>
/// <param name="Url">The absolute URL asked for (a document name; it holds no credentials unless you put them in it).</param>
/// <param name="Cursor">The cursor it was asked with (null for the first page).</param>
/// <param name="Body">Its bytes.</param>
/// <param name="Retries">Retries while it was fetched, per answer (<c>429</c> → 2, <c>timeout</c> → 1); empty when none.</param>
public sealed record HttpPage(Uri Url, string? Cursor, byte[] Body, IReadOnlyDictionary<string, int> Retries)
{
    /// <summary>SHA-256 of <see cref="Body"/>, lowercase hex (for <see cref="DocumentStarted"/>).</summary>
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Body));

    /// <summary>A notice of the retries (kind <c>RETRIED</c>), or null when there were none.</summary>
    public SourceNotice? RetryNotice => Retries.Count == 0
        ? null
        : new SourceNotice(
            "RETRIED",
            $"The API answered {string.Join(", ", Retries.Select(r => $"{r.Key} ×{r.Value}"))} to GET {Url.AbsolutePath}; the request was repeated after the wait it asked (Retry-After) or the back-off.",
            Retries.Values.Sum());
}
