namespace Inburgering.Hub.GraphQL.Http;

/// <summary>
/// Configuration <c>Hub:GraphQL:Limits</c>: what one request may ask of the hub, globally and per role
/// (<c>Hub:GraphQL:Limits:Roles:{role}:MaxComplexity</c> …; see <see cref="CallerLimitsPolicy"/>).
/// </summary>
public sealed class GraphQLLimits
{
    public const string Section = "Hub:GraphQL:Limits";

    /// <summary>Deepest selection nesting allowed.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Highest estimated cost (GraphQL.NET complexity analysis: a field costs 1, a list field
    /// multiplies its children by its <c>first</c> argument).
    /// </summary>
    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>How long one request may run before it is cancelled.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The size of a document the hub reads at all (<c>Hub:GraphQL:Limits:Document</c>), for every caller.</summary>
    public DocumentLimits Document { get; set; } = new();

    /// <summary>Per role (the <c>role</c> claim) overrides of these limits and of the maximum page size.</summary>
    public Dictionary<string, RoleLimits> Roles { get; } = new(StringComparer.Ordinal);
}
