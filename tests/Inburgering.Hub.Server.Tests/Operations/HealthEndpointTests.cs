using System.Net;
using System.Text.Json.Nodes;
using Inburgering.Hub.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Inburgering.Hub.Server.Tests.Operations;

/// <summary>
/// <c>/health/live</c> answers while the process runs; <c>/health/ready</c> (and <c>/health</c>) only
/// while the database has every migration and the scheduler runs, naming the failing check.
/// </summary>
[Trait("Category", "Integration")]
public sealed class HealthEndpointTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/health")]
    public async Task A_started_hub_is_live_and_ready_without_a_token(string path)
    {
        using var client = hub.CreateClient();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Healthy", body["status"].Str());
        var checks = body["checks"].Items().Select(c => c["name"].Str()).ToList();
        Assert.Equal(path == "/health/live" ? [] : ["database", "scheduler"], checks);
    }

    [Fact]
    public async Task A_scheduler_on_standby_makes_the_hub_unready_but_not_dead()
    {
        var scheduler = await hub.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Standby();
        try
        {
            using var client = hub.CreateClient();
            using var ready = await client.GetAsync("/health/ready");
            using var live = await client.GetAsync("/health/live");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var scheduling = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["checks"].Items().Single(c => c["name"].Str() == "scheduler");
            Assert.Equal("Unhealthy", scheduling["status"].Str());
            Assert.Contains("Standby", scheduling["description"].Str());
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            await scheduler.Start();
        }
    }
}
