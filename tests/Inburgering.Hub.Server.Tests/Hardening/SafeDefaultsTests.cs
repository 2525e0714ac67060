using System.Net;
using Inburgering.Hub.Server.Auth;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inburgering.Hub.Server.Tests.Hardening;

/// <summary>Issue 13, safe defaults: headers on every response, the CSV as an attachment, no <c>Server</c> header, a configured clock skew.</summary>
[Trait("Category", "Integration")]
public sealed class SafeDefaultsTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-store", Header(response, "Cache-Control"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.False(response.Headers.Contains("Server"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : null;

    [Fact]
    public async Task A_graphql_answer_an_error_and_a_401_all_carry_the_security_headers()
    {
        using var client = hub.ClientFor("GM0405");
        using var ok = await client.PostQueryAsync("{ gemeenten { code } }");
        using var bad = await client.PostQueryAsync("{ bestaatNiet }");
        using var anonymous = hub.CreateClient();
        using var unauthorized = await anonymous.PostQueryAsync("{ gemeenten { code } }");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        AssertSecurityHeaders(ok);
        AssertSecurityHeaders(bad);
        AssertSecurityHeaders(unauthorized);
    }

    [Fact]
    public async Task The_csv_export_is_an_attachment_with_a_file_name_and_the_security_headers()
    {
        using var client = hub.ClientAs("analist", "GM0405");

        using var response = await client.GetAsync("/export/voortgangsrapportage.csv?van=2023-01-01&tot=2023-12-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("voortgangsrapportage_2023-01-01_2023-12-31.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        AssertSecurityHeaders(response);
    }

    [Fact]
    public void Kestrel_does_not_announce_itself() =>
        Assert.False(hub.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);

    [Fact]
    public async Task A_token_expired_within_the_default_clock_skew_of_30_s_is_accepted()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), hub.Services.GetRequiredService<AuthOptions>().ClockSkew);
        using var client = hub.ClientWithToken(ExpiredSecondsAgo(10));

        using var response = await client.PostQueryAsync("{ gemeenten { code } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    internal static string ExpiredSecondsAgo(int seconds)
    {
        var options = new AuthOptions { SigningKey = HubFactory.SigningKey, Issuer = HubFactory.Issuer, Audience = HubFactory.Audience };
        var issuer = new TokenIssuer(options, new FixedTime(DateTimeOffset.UtcNow.AddSeconds(-60 - seconds)));
        return issuer.Issue("test-skew", ["GM0405"], ["medewerker"], [], TimeSpan.FromSeconds(60));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>A hub with <c>Hub:Auth:ClockSkew</c> 0.</summary>
[Trait("Category", "Integration")]
public sealed class NoClockSkewHubFactory : HubFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hub:Auth:ClockSkew", "00:00:00");
    }
}

/// <summary><c>Hub:Auth:ClockSkew</c> is a setting: at 0 the same recently expired token is refused.</summary>
[Trait("Category", "Integration")]
public sealed class ClockSkewSettingTests(NoClockSkewHubFactory hub) : IClassFixture<NoClockSkewHubFactory>
{
    [Fact]
    public async Task With_no_clock_skew_a_token_expired_10_s_ago_is_401()
    {
        using var client = hub.ClientWithToken(SafeDefaultsTests.ExpiredSecondsAgo(10));

        using var response = await client.PostQueryAsync("{ gemeenten { code } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
