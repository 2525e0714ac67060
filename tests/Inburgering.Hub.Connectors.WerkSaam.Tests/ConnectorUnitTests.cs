using System.Net;
using System.Net.Http.Headers;
using Inburgering.Hub.Connectors.Abstractions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using static Inburgering.Hub.Connectors.WerkSaam.Tests.Fixtures;

namespace Inburgering.Hub.Connectors.WerkSaam.Tests;

/// <summary>Token caching, Retry-After, check messages, example mapping and state.</summary>
public sealed class ConnectorUnitTests
{
    [Fact]
    public async Task The_token_is_cached_until_shortly_before_it_expires()
    {
        var tenant = (await FakeWerkSaam.Shared).Tenant(NewTenant()).WithExamples();
        tenant.TokenLifetimeSeconds = 600;
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var handler = new SocketsHttpHandler();
        using var connector = new WerkSaamConnector(handler, time);
        var settings = Settings(tenant);

        await ReadAllAsync(connector, WerkSaamConnector.Intakes, settings);
        await ReadAllAsync(connector, WerkSaamConnector.Uitkeringen, settings);
        Assert.Equal(1, tenant.TokensIssued);

        time.Advance(TimeSpan.FromSeconds(541)); // within a minute of expiry: renew
        await ReadAllAsync(connector, WerkSaamConnector.Participatie, settings);
        Assert.Equal(2, tenant.TokensIssued);
    }

    [Fact]
    public async Task Check_fails_with_a_clear_message_on_wrong_credentials_and_succeeds_on_good_ones()
    {
        var tenant = (await FakeWerkSaam.Shared).Tenant(NewTenant());
        using var connector = new WerkSaamConnector();

        var bad = await connector.CheckAsync(Settings(tenant, secret: "wrong"), CancellationToken.None);
        var good = await connector.CheckAsync(Settings(tenant), CancellationToken.None);

        Assert.False(bad.Succeeded);
        Assert.Contains("401", bad.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", bad.Message, StringComparison.Ordinal);
        Assert.True(good.Succeeded, good.Message);
        Assert.DoesNotContain(FakeWerkSaam.ClientSecret, good.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, 1, 1.0)]
    [InlineData(HttpStatusCode.ServiceUnavailable, 30, 2.0)] // capped at MaxRetryAfter
    [InlineData(HttpStatusCode.InternalServerError, 1, null)]
    public void Retry_after_is_honoured_on_429_and_503_and_capped(HttpStatusCode status, int seconds, double? expected)
    {
        using var response = new HttpResponseMessage(status);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));

        var wait = Inburgering.Hub.Connectors.Abstractions.Http.HttpResilience.RetryAfter(response, TimeSpan.FromSeconds(2), TimeProvider.System);

        Assert.Equal(expected, wait?.TotalSeconds);
    }

    [Fact]
    public async Task Example_pages_map_to_canonical_records()
    {
        var tenant = (await FakeWerkSaam.Shared).Tenant(NewTenant()).WithExamples(tombstones: true);
        using var connector = new WerkSaamConnector();
        var settings = Settings(tenant, pageSize: 200);

        var intake = (await ReadAllAsync(connector, WerkSaamConnector.Intakes, settings)).OfType<SourceRecord>().Single(r => r.SourceId == "I-000004");
        var ontzorg = (await ReadAllAsync(connector, WerkSaamConnector.Ontzorgtrajecten, settings)).OfType<SourceRecord>().Single(r => r.SourceId == "O-000001");
        var participatie = await ReadAllAsync(connector, WerkSaamConnector.Participatie, settings);

        var i = Assert.IsType<IntakeRecord>(intake.Data);
        Assert.Equal("B1", i.Leerroute);
        Assert.Equal(new DateOnly(2024, 5, 29), i.PipBeeindigdOp);
        Assert.Equal("VERHUIZING", i.PipBeeindigdReden);
        Assert.Equal("GM0388", i.GemeenteCode);
        Assert.Contains("api/v1/intakes", intake.Location, StringComparison.Ordinal);
        Assert.EndsWith("item I-000004", intake.Location, StringComparison.Ordinal);
        Assert.Equal(["HUUR", "ZORGVERZEKERING", "ENERGIE"], Assert.IsType<OntzorgtrajectRecord>(ontzorg.Data).Posten);
        Assert.Equal("W-000099", Assert.Single(participatie.OfType<SourceTombstone>()).SourceId);
        var started = Assert.Single(participatie.OfType<DocumentStarted>());
        Assert.DoesNotContain(FakeWerkSaam.ClientSecret, started.Name, StringComparison.Ordinal);
        var state = Assert.Single(participatie.OfType<DocumentCompleted>()).State!;
        Assert.Contains("\"watermark\":\"2023-11-02T10:00:00+00:00\"", state, StringComparison.Ordinal);
        Assert.Contains("\"cursor\":null", state, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_is_not_json_is_unreadable_and_the_state_stays()
    {
        var tenant = (await FakeWerkSaam.Shared).Tenant(NewTenant()).WithExamples();
        tenant.AddFault(_ => true, async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"items\":[{\"id\":");
            return true;
        });
        using var connector = new WerkSaamConnector();

        var messages = await ReadAllAsync(connector, WerkSaamConnector.Intakes, Settings(tenant));

        Assert.Collection(
            messages,
            m => Assert.IsType<DocumentStarted>(m),
            m => Assert.Equal(ReasonCodes.UnreadableDocument, Assert.IsType<DocumentUnreadable>(m).ReasonCode));
    }

    private static async Task<List<SourceMessage>> ReadAllAsync(WerkSaamConnector connector, string stream, ConnectorSettings settings, string? state = null)
    {
        var messages = new List<SourceMessage>();
        await foreach (var message in connector.ReadAsync(new ReadRequest(stream, settings, state), CancellationToken.None))
        {
            messages.Add(message);
        }

        return messages;
    }
}
