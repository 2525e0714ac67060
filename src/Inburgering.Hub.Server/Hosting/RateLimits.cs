using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Inburgering.Hub.Reporting.Authorization;
using Inburgering.Hub.Server.Auth;

namespace Inburgering.Hub.Server.Hosting;

/// <summary>
/// Configuration <c>Hub:RateLimits</c>: per subject (the token's <c>sub</c>; without a token, the client
/// address) a request rate (token bucket: <see cref="RequestsPerMinute"/> requests, refilled evenly every
/// 10 s) and a number of requests in progress at once (<see cref="ConcurrentRequests"/>); further
/// requests of that subject wait their turn, up to <see cref="ConcurrentQueue"/> of them, so a burst of a
/// dashboard or a client suite is served in order instead of refused.
/// Per role overrides in <c>Hub:RateLimits:Roles:{role}</c>; a caller with several roles gets the most
/// generous value. A refused request is answered <c>429</c> with <c>Retry-After</c> (seconds) and code
/// <c>RATE_LIMITED</c>. <c>/health</c> is not limited. ASP.NET Core's rate limiter (<see cref="PartitionedRateLimiter"/>).
/// </summary>
public sealed class RateLimits
{
    public const string Section = "Hub:RateLimits";

    /// <summary>Off only for a hub behind a gateway that limits callers itself (default on).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests per minute and subject; also the burst (default 600).</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Requests of one subject in progress at once (default 4).</summary>
    public int ConcurrentRequests { get; set; } = 4;

    /// <summary>Requests of one subject that wait for a free slot, oldest first, before further ones are refused (default 64).</summary>
    public int ConcurrentQueue { get; set; } = 64;

    /// <summary>Per role overrides (unset values: the ones above).</summary>
    public Dictionary<string, RoleRateLimits> Roles { get; } = new(StringComparer.Ordinal);

    /// <summary>The caller's partition: its subject with its effective limits.</summary>
    internal CallerRate For(HttpContext http)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return new CallerRate("ip:" + http.Connection.RemoteIpAddress, RequestsPerMinute, ConcurrentRequests);
        }

        var roles = HubRoles.All.Concat(Roles.Keys).Distinct(StringComparer.Ordinal).Where(user.IsInRole)
            .Select(r => Roles.GetValueOrDefault(r)).ToList();
        var perMinute = roles.Count == 0 ? RequestsPerMinute : roles.Max(r => r?.RequestsPerMinute ?? RequestsPerMinute);
        var concurrent = roles.Count == 0 ? ConcurrentRequests : roles.Max(r => r?.ConcurrentRequests ?? ConcurrentRequests);
        return new CallerRate("sub:" + (user.FindFirstValue(HubClaims.Subject) ?? user.Identity.Name ?? "?"), perMinute, concurrent);
    }
}

/// <summary>Configuration <c>Hub:RateLimits:Roles:{role}</c>.</summary>
public sealed class RoleRateLimits
{
    /// <summary>Requests per minute for a subject with this role.</summary>
    public int? RequestsPerMinute { get; set; }

    /// <summary>Requests in progress at once for a subject with this role.</summary>
    public int? ConcurrentRequests { get; set; }
}

/// <summary>One caller's partition key: subject and the limits that apply to it (a changed role set is a new partition).</summary>
internal sealed record CallerRate(string Subject, int RequestsPerMinute, int ConcurrentRequests);

/// <summary>Registers and applies <see cref="RateLimits"/>.</summary>
internal static class RateLimiting
{
    public const string Code = "RATE_LIMITED";

    public static IServiceCollection AddHubRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimits.Section).Get<RateLimits>() ?? new RateLimits();
        services.AddSingleton(limits);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, CallerRate>(http =>
                    Unlimited(http, limits) ? RateLimitPartition.GetNoLimiter(limits.For(http)) : RateLimitPartition.GetTokenBucketLimiter(limits.For(http), key => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = Math.Max(1, key.RequestsPerMinute),
                        TokensPerPeriod = Math.Max(1, key.RequestsPerMinute / 6),
                        ReplenishmentPeriod = TimeSpan.FromSeconds(10),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    })),
                PartitionedRateLimiter.Create<HttpContext, CallerRate>(http =>
                    Unlimited(http, limits) ? RateLimitPartition.GetNoLimiter(limits.For(http)) : RateLimitPartition.GetConcurrencyLimiter(limits.For(http), key => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = Math.Max(1, key.ConcurrentRequests),
                        QueueLimit = Math.Max(0, limits.ConcurrentQueue),
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : 1; // concurrency: retry as soon as a running request ended
                Sync.Telemetry.HubTelemetry.GuardTrip("rate_limit");
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                response.ContentType = "application/json; charset=utf-8";
                await response.WriteAsJsonAsync(
                    new { errors = new[] { new { message = $"Too many requests for this caller (Hub:RateLimits); retry after {seconds} s.", extensions = new { code = Code } } } },
                    cancellationToken);
            };
        });
        return services;
    }

    private static bool Unlimited(HttpContext http, RateLimits limits) =>
        !limits.Enabled || http.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
