using System.Net;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inburgering.Hub.Server.Tests.Hardening;

/// <summary>A hub with tight rate limits: a medewerker 5 requests a minute and 2 at once, a beheerder 50 a minute.</summary>
[Trait("Category", "Integration")]
public sealed class RateLimitedHubFactory : HubFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Set(builder, "Hub:RateLimits:RequestsPerMinute", "5");
        Set(builder, "Hub:RateLimits:ConcurrentRequests", "2");
        Set(builder, "Hub:RateLimits:Roles:beheerder:RequestsPerMinute", "50");
    }

    private static void Set(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder, string key, string value) =>
        builder.UseSetting(key, value);
}

/// <summary>Issue 13: per subject a rate and a concurrency limit, per role, answered 429 with Retry-After.</summary>
[Trait("Category", "Integration")]
public sealed class RateLimitTests(RateLimitedHubFactory hub) : IClassFixture<RateLimitedHubFactory>
{
    private const string Query = "{ gemeenten { code } }";

    private string TokenFor(string subject, string role) =>
        hub.Tokens.Issue(subject, ["GM0405"], [role], [], TimeSpan.FromMinutes(30));

    [Fact]
    public async Task A_subject_over_its_rate_gets_429_with_retry_after_and_another_subject_does_not()
    {
        using var client = hub.ClientWithToken(TokenFor("rate-a", "medewerker"));
        for (var i = 0; i < 5; i++)
        {
            using var ok = await client.PostQueryAsync(Query);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var refused = await client.PostQueryAsync(Query);
        using var other = hub.ClientWithToken(TokenFor("rate-b", "medewerker"));
        using var otherResponse = await other.PostQueryAsync(Query);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After in seconds");
        Assert.Equal(["RATE_LIMITED"], JsonNode.Parse(await refused.Content.ReadAsStringAsync())!.ErrorCodes());
        Assert.Equal(HttpStatusCode.OK, otherResponse.StatusCode);
    }

    [Fact]
    public async Task A_role_with_its_own_rate_gets_it()
    {
        using var client = hub.ClientWithToken(TokenFor("rate-beheerder", "beheerder"));
        for (var i = 0; i < 20; i++)
        {
            using var response = await client.PostQueryAsync(Query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Health_is_not_limited()
    {
        using var client = hub.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            using var response = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public void A_subject_gets_at_most_its_concurrent_requests_at_once()
    {
        var limiter = hub.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
        var services = hub.Services;
        HttpContext Request(string subject) => new DefaultHttpContext
        {
            RequestServices = services,
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", subject), new Claim("role", "medewerker")], "test", "sub", "role")),
        };

        using var first = limiter.AttemptAcquire(Request("busy"));
        using var second = limiter.AttemptAcquire(Request("busy"));
        using var third = limiter.AttemptAcquire(Request("busy"));
        using var otherSubject = limiter.AttemptAcquire(Request("idle"));

        Assert.True(first.IsAcquired);
        Assert.True(second.IsAcquired);
        Assert.False(third.IsAcquired);
        Assert.True(otherSubject.IsAcquired);
    }
}
