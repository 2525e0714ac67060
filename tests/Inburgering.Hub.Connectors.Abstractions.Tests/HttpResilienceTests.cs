using System.Net;
using Inburgering.Hub.Connectors.Abstractions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Time.Testing;

namespace Inburgering.Hub.Connectors.Abstractions.Tests;

public sealed class HttpResilienceTests
{
    private static readonly HttpResilienceOptions Options =
        new("test", TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(10), MaxRetries: 3, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(2));

    [Fact]
    public async Task A_429_and_a_503_are_retried_and_reported_then_the_answer_comes_through()
    {
        var answers = new Queue<HttpStatusCode>([HttpStatusCode.TooManyRequests, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK]);
        var retried = new List<string>();
        using var client = new HttpClient(new ResilienceHandler(HttpResilience.CreatePipeline(Options, TimeProvider.System, retried.Add))
        {
            InnerHandler = new Answers(answers),
        });

        using var response = await client.GetAsync(new Uri("http://127.0.0.1/items"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["429", "503"], retried);
    }

    [Fact]
    public async Task A_404_is_not_retried()
    {
        var retried = new List<string>();
        using var client = new HttpClient(new ResilienceHandler(HttpResilience.CreatePipeline(Options, TimeProvider.System, retried.Add))
        {
            InnerHandler = new Answers(new Queue<HttpStatusCode>([HttpStatusCode.NotFound])),
        });

        using var response = await client.GetAsync(new Uri("http://127.0.0.1/items"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(retried);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, 1, 1.0)]
    [InlineData(HttpStatusCode.ServiceUnavailable, 30, 2.0)]
    [InlineData(HttpStatusCode.BadGateway, 1, null)]
    public void Retry_after_is_honoured_on_429_and_503_and_capped(HttpStatusCode status, int seconds, double? expected)
    {
        using var response = new HttpResponseMessage(status);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));

        Assert.Equal(expected, HttpResilience.RetryAfter(response, TimeSpan.FromSeconds(2), TimeProvider.System)?.TotalSeconds);
    }

    [Fact]
    public void Retry_after_as_a_date_counts_from_the_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 1, 8, 10, 0, 0, TimeSpan.Zero));
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(clock.GetUtcNow().AddSeconds(1));

        Assert.Equal(1.0, HttpResilience.RetryAfter(response, TimeSpan.FromSeconds(5), clock)?.TotalSeconds);
    }

    private sealed class Answers(Queue<HttpStatusCode> answers) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(answers.Dequeue()) { RequestMessage = request });
    }
}
