using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Inburgering.Hub.Server.Tests.Support;

/// <summary>
/// The real hub trusting a real OpenID Connect provider (<see cref="OidcProvider"/>) as
/// <c>Hub:Auth:Authority</c>, with no symmetric key, its claim mapping from
/// <c>tests/oidc-provider/hub-claims.{style}.json</c>, and koppelingen of Hoorn (2), Enkhuizen (1) and
/// Koggenland (1), so a token's mapped gemeenten show in what it may see. Log lines of the auth
/// classes are kept in <see cref="Logs"/>.
/// </summary>
public sealed class OidcHubFactory(string authority, string claimStyle, string audience = OidcProvider.HubAudience) : HubFactory
{
    public const string Hoorn = "GM0405";
    public const string Enkhuizen = "GM0388";
    public const string Koggenland = "GM1598";

    public ConcurrentQueue<string> Logs { get; } = new();

    protected override Task SeedAsync()
    {
        var bsns = CoaFiles.Bsns(4);
        CoaFiles.WriteKoppelingen(Inbox, "20240105",
        [
            CoaFiles.Koppeling("K-H1", bsns[0], CoaFiles.VNummer(1), Hoorn),
            CoaFiles.Koppeling("K-H2", bsns[1], CoaFiles.VNummer(2), Hoorn),
            CoaFiles.Koppeling("K-E1", bsns[2], CoaFiles.VNummer(3), Enkhuizen),
            CoaFiles.Koppeling("K-K1", bsns[3], CoaFiles.VNummer(4), Koggenland),
        ]);
        return IngestAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hub:Auth:SigningKey", "");
        builder.UseSetting("Hub:Auth:AllowSigningKeyOutsideDevelopment", "false");
        builder.UseSetting("Hub:Auth:Authority", authority);
        builder.UseSetting("Hub:Auth:Audience", audience);
        builder.UseSetting("Hub:Auth:RequireHttpsMetadata", "false");
        builder.UseSetting("Hub:Auth:ClockSkew", "00:00:00");
        builder.UseSetting("Hub:Auth:KeyRefreshInterval", "00:00:01");
        builder.UseSetting("Hub:Auth:HealthProbeInterval", "00:00:00");
        builder.UseSetting("Hub:RateLimits:Enabled", "false");
        builder.ConfigureAppConfiguration(c => c.AddJsonFile(Path.Combine(OidcProvider.Folder, $"hub-claims.{claimStyle}.json"), optional: false));
        builder.ConfigureLogging(logging => logging.AddProvider(new ListLoggerProvider(Logs)));
    }

    private sealed class ListLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && category.StartsWith("Inburgering.Hub.Server.Auth", StringComparison.Ordinal);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
            }
        }
    }
}
