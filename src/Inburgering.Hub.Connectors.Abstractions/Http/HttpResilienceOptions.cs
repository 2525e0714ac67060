namespace Inburgering.Hub.Connectors.Abstractions.Http;

/// <summary>
/// The knobs of <see cref="HttpResilience.CreatePipeline"/>; usually read from a connector's settings.
/// </summary>
/// <param name="Name">Names the pipeline and its strategies in telemetry (e.g. the connector name).</param>
/// <param name="TotalTimeout">One request including all its retries and waits.</param>
/// <param name="AttemptTimeout">One attempt.</param>
/// <param name="MaxRetries">Retries after the first attempt (0: none).</param>
/// <param name="RetryBaseDelay">First back-off delay (exponential, with jitter).</param>
/// <param name="MaxRetryAfter">The longest wait honoured from a <c>Retry-After</c> header, and the longest back-off.</param>
public sealed record HttpResilienceOptions(
    string Name,
    TimeSpan TotalTimeout,
    TimeSpan AttemptTimeout,
    int MaxRetries,
    TimeSpan RetryBaseDelay,
    TimeSpan MaxRetryAfter);
