using GraphQL;

namespace Inburgering.Hub.GraphQL.Http;

/// <summary>The endpoint's execution options: what <see cref="GraphQLHttpHandler"/> already checked before the executer runs.</summary>
public sealed class HubExecutionOptions : ExecutionOptions
{
    /// <summary>
    /// The caller's depth and cost rule (<see cref="CallerComplexityRule"/>) already passed on this document
    /// with these variables and limits, so the executer's validation does not run it a second time.
    /// </summary>
    public bool ComplexityPassed { get; init; }
}
