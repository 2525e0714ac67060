using Inburgering.Hub.Sync.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Inburgering.Hub.Server.Hosting;

/// <summary>
/// OpenTelemetry export of the hub's meter and activity source (<see cref="HubTelemetry"/>, named
/// <c>Inburgering.Hub</c>) over OTLP — only when an endpoint is configured: the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (with the other <c>OTEL_*</c> variables) or
/// <c>Hub:Telemetry:OtlpEndpoint</c>. Nothing is exported by default.
/// </summary>
internal static class Telemetry
{
    public const string EndpointSetting = "Hub:Telemetry:OtlpEndpoint";

    /// <summary><c>grpc</c> (default) or <c>http/protobuf</c>, with <see cref="EndpointSetting"/>.</summary>
    public const string ProtocolSetting = "Hub:Telemetry:OtlpProtocol";

    public static void AddHubTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration[EndpointSetting];
        var standard = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(standard))
        {
            return;
        }

        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("inburgering-hub"))
            .WithMetrics(m => m.AddMeter(HubTelemetry.Name, "Microsoft.AspNetCore.Hosting"))
            .WithTracing(t => t.AddSource(HubTelemetry.Name).AddAspNetCoreInstrumentation());
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            otel.UseOtlpExporter(); // the standard OTEL_EXPORTER_OTLP_* variables
        }
        else
        {
            var protocol = string.Equals(configuration[ProtocolSetting], "http/protobuf", StringComparison.OrdinalIgnoreCase)
                ? OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf
                : OpenTelemetry.Exporter.OtlpExportProtocol.Grpc;
            otel.UseOtlpExporter(protocol, new Uri(endpoint));
        }
    }
}
