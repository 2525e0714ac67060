namespace Inburgering.Hub.GraphQL.Http;

/// <summary>
/// Configuration <c>Hub:GraphQL:Limits:Roles:{role}</c>: what a caller with that role may ask of the
/// hub. Every value is optional; an unset value falls back to the global one
/// (<see cref="GraphQLLimits"/>, <c>Hub:GraphQL:Paging:MaxPageSize</c>).
/// </summary>
public sealed class RoleLimits
{
    /// <summary>Deepest selection nesting allowed for this role.</summary>
    public int? MaxDepth { get; set; }

    /// <summary>Highest estimated cost allowed for this role.</summary>
    public int? MaxComplexity { get; set; }

    /// <summary>Largest <c>first</c> of a connection for this role.</summary>
    public int? MaxPageSize { get; set; }

    /// <summary>How long one request of this role may run.</summary>
    public TimeSpan? RequestTimeout { get; set; }
}
