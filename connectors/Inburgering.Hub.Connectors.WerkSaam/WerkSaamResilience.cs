using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Inburgering.Hub.Connectors.WerkSaam;

/// <summary>
/// The resilience pipeline every WerkSaam call goes through (token and pages), outermost first:
/// a total timeout per request including its retries; retries with exponential back-off and jitter
/// on 429, 5xx, 408, network errors and attempt timeouts, waiting what a <c>Retry-After</c> header
/// asks (capped); a circuit breaker so a failing API is not hammered; a timeout per attempt.
/// </summary>
internal static class WerkSaamResilience
{
    /// <param name="settings">The connector settings.</param>
    /// <param name="time">Clock of the timeouts and waits.</param>
    /// <param name="retried">Told what each retry answered: the status code (<c>429</c>, <c>503</c>, …) or <c>timeout</c> / <c>network error</c>.</param>
    public static ResiliencePipeline<HttpResponseMessage> Build(WerkSaamSettings settings, TimeProvider time, Action<string>? retried = null)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = "werksaam", TimeProvider = time };
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "werksaam-total", Timeout = settings.TotalTimeout });
        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "werksaam-retry",
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                MaxDelay = settings.MaxRetryAfter,
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, settings.MaxRetryAfter, time)),
                OnRetry = args =>
                {
                    retried?.Invoke(args.Outcome.Result is { } result
                        ? ((int)result.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : args.Outcome.Exception is Polly.Timeout.TimeoutRejectedException ? "timeout" : "network error");
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            Name = "werksaam-circuit",
            FailureRatio = 0.5,
            MinimumThroughput = 20,
            SamplingDuration = TimeSpan.FromSeconds(60),
            BreakDuration = TimeSpan.FromSeconds(30),
        });
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "werksaam-attempt", Timeout = settings.AttemptTimeout });
        return builder.Build();
    }

    /// <summary>
    /// The wait a 429 or 503 asks for in <c>Retry-After</c> (seconds or an HTTP date), at most
    /// <paramref name="max"/>; null (use the back-off) when there is none.
    /// </summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan max, TimeProvider time)
    {
        if (response is null
            || (response.StatusCode != HttpStatusCode.TooManyRequests && response.StatusCode != HttpStatusCode.ServiceUnavailable)
            || response.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        var wait = header.Delta ?? (header.Date is { } date ? date - time.GetUtcNow() : null);
        if (wait is not { } delay)
        {
            return null;
        }

        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > max ? max : delay;
    }
}
