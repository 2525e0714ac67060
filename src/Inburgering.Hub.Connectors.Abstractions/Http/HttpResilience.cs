using System.Globalization;
using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Inburgering.Hub.Connectors.Abstractions.Http;

/// <summary>
/// For connectors that call an HTTP API: the resilience pipeline every request should go through
/// (Microsoft.Extensions.Http.Resilience on Polly), outermost first: a total timeout per request
/// including its retries; retries with exponential back-off and jitter on 429, 5xx, 408, network
/// errors and attempt timeouts, waiting what a <c>Retry-After</c> header asks (capped at
/// <see cref="HttpResilienceOptions.MaxRetryAfter"/>); a circuit breaker (half of at least 20 calls in
/// 60 s failing opens it for 30 s) so a failing API is not hammered; a timeout per attempt. Put it in a
/// <see cref="ResilienceHandler"/> below your <see cref="HttpClient"/> (set the client's own
/// <see cref="HttpClient.Timeout"/> to infinite), and guard paging with
/// <see cref="Paging.CursorChain"/>.
/// </summary>
public static class HttpResilience
{
    /// <summary>Builds the pipeline.</summary>
    /// <param name="options">Timeouts and retries.</param>
    /// <param name="clock">Clock of the timeouts and waits (<see cref="ReadRequest.Clock"/>; a fake one in tests).</param>
    /// <param name="retried">Told what each retried attempt answered: the status code (<c>429</c>, <c>503</c>, …), <c>timeout</c> or <c>network error</c>.</param>
    public static ResiliencePipeline<HttpResponseMessage> CreatePipeline(HttpResilienceOptions options, TimeProvider clock, Action<string>? retried = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = options.Name, TimeProvider = clock };
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = $"{options.Name}-total", Timeout = options.TotalTimeout });
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = $"{options.Name}-retry",
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryAfter,
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.MaxRetryAfter, clock)),
                OnRetry = args =>
                {
                    retried?.Invoke(args.Outcome.Result is { } result
                        ? ((int)result.StatusCode).ToString(CultureInfo.InvariantCulture)
                        : args.Outcome.Exception is Polly.Timeout.TimeoutRejectedException ? "timeout" : "network error");
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            Name = $"{options.Name}-circuit",
            FailureRatio = 0.5,
            MinimumThroughput = 20,
            SamplingDuration = TimeSpan.FromSeconds(60),
            BreakDuration = TimeSpan.FromSeconds(30),
        });
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = $"{options.Name}-attempt", Timeout = options.AttemptTimeout });
        return builder.Build();
    }

    /// <summary>
    /// The wait a 429 or 503 asks for in <c>Retry-After</c> (seconds or an HTTP date, relative to
    /// <paramref name="clock"/>), between zero and <paramref name="max"/>; null (use the back-off)
    /// for other answers or without the header.
    /// </summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan max, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (response is null
            || (response.StatusCode != HttpStatusCode.TooManyRequests && response.StatusCode != HttpStatusCode.ServiceUnavailable)
            || response.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        var wait = header.Delta ?? (header.Date is { } date ? date - clock.GetUtcNow() : null);
        if (wait is not { } delay)
        {
            return null;
        }

        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > max ? max : delay;
    }
}
