using System.Net;
using System.Text;
using System.Text.Json;
using Inburgering.Hub.Connectors.Abstractions.Http;
using Inburgering.Hub.Connectors.Abstractions.Paging;

namespace Inburgering.Hub.Connectors.Abstractions.Tests;

public sealed class HttpPagerTests
{
    private static readonly HttpResilienceOptions Options =
        new("acme", TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(10), MaxRetries: 2, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1));

    private static readonly Uri Base = new("http://127.0.0.1/api/");

    [Fact]
    public async Task Reads_the_chain_of_pages_with_retries_counted_per_page()
    {
        var api = new FakeApi(new()
        {
            ["/api/items"] = [(HttpStatusCode.OK, """{"items":[1,2],"nextCursor":"c1"}""")],
            ["/api/items?cursor=c1"] = [(HttpStatusCode.TooManyRequests, ""), (HttpStatusCode.OK, """{"items":[3],"nextCursor":null}""")],
        });
        using var pager = new HttpPager(Base, Options, TimeProvider.System, api);

        var pages = await Read(pager);

        Assert.Equal(["http://127.0.0.1/api/items", "http://127.0.0.1/api/items?cursor=c1"], pages.Select(p => p.Url.ToString()));
        Assert.Equal([null, "c1"], pages.Select(p => p.Cursor));
        Assert.Empty(pages[0].Retries);
        Assert.Null(pages[0].RetryNotice);
        Assert.Equal(1, pages[1].Retries["429"]);
        Assert.Equal(1, pages[1].RetryNotice!.Count);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("""{"items":[3],"nextCursor":null}"""))), pages[1].Sha256);
        Assert.Equal("Bearer t", api.Authorization);
    }

    [Fact]
    public async Task A_cursor_that_comes_again_stops_the_chain_with_a_PagingException()
    {
        var api = new FakeApi(new()
        {
            ["/api/items"] = [(HttpStatusCode.OK, """{"items":[1],"nextCursor":"c1"}""")],
            ["/api/items?cursor=c1"] = [(HttpStatusCode.OK, """{"items":[2],"nextCursor":"c1"}"""), (HttpStatusCode.OK, """{"items":[2],"nextCursor":"c1"}""")],
        });
        using var pager = new HttpPager(Base, Options, TimeProvider.System, api);

        var error = await Assert.ThrowsAsync<PagingException>(() => Read(pager));

        Assert.Contains("cursor 'c1' again", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, api.Requests);
    }

    [Fact]
    public async Task A_refused_page_throws_naming_the_request_and_its_status()
    {
        var api = new FakeApi(new() { ["/api/items"] = [(HttpStatusCode.Forbidden, "")] });
        using var pager = new HttpPager(Base, Options, TimeProvider.System, api);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Read(pager));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.StartsWith("acme answered 403 Forbidden to GET /api/items", error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<HttpPage>> Read(HttpPager pager)
    {
        var pages = new List<HttpPage>();
        await foreach (var page in pager.ReadAsync(
            cursor => new Uri(Base, cursor is null ? "items" : $"items?cursor={cursor}"),
            page => JsonDocument.Parse(page.Body).RootElement.GetProperty("nextCursor").GetString(),
            request => request.Headers.Authorization = new("Bearer", "t")))
        {
            pages.Add(page);
        }

        return pages;
    }

    /// <summary>Answers each path and query with its queue of answers, in order.</summary>
    private sealed class FakeApi(Dictionary<string, List<(HttpStatusCode Status, string Body)>> answers) : HttpMessageHandler
    {
        public int Requests { get; private set; }

        public string? Authorization { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            Authorization = request.Headers.Authorization?.ToString();
            var queue = answers[request.RequestUri!.PathAndQuery];
            var (status, body) = queue[0];
            if (queue.Count > 1)
            {
                queue.RemoveAt(0);
            }

            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body), RequestMessage = request });
        }
    }
}
