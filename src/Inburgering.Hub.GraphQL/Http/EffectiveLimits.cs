namespace Inburgering.Hub.GraphQL.Http;

/// <summary>The limits that apply to one caller's requests (see <see cref="CallerLimitsPolicy"/>).</summary>
/// <param name="MaxDepth">Deepest selection nesting allowed.</param>
/// <param name="MaxComplexity">Highest estimated cost allowed.</param>
/// <param name="MaxPageSize">Largest <c>first</c> of a connection.</param>
/// <param name="RequestTimeout">How long one request may run.</param>
public sealed record EffectiveLimits(int MaxDepth, int MaxComplexity, int MaxPageSize, TimeSpan RequestTimeout);
