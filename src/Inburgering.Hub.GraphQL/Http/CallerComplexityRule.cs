using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Inburgering.Hub.GraphQL.Introspection;

namespace Inburgering.Hub.GraphQL.Http;

/// <summary>
/// The complexity analysis (depth and cost, GraphQL.NET's <see cref="ComplexityValidationRule"/> and
/// its <c>COMPLEXITY</c> errors) with the caller's limits: one rule per request, because the limits
/// depend on the caller's roles. Introspection fields cost what the schema holds
/// (<see cref="IntrospectionCost"/>); data fields GraphQL.NET's default.
/// </summary>
internal static class CallerComplexityRule
{
    public static IValidationRule For(EffectiveLimits limits) => new ComplexityValidationRule(Options(limits));

    /// <summary>The complexity options of a caller with <paramref name="limits"/>.</summary>
    public static ComplexityOptions Options(EffectiveLimits limits) =>
        new ComplexityOptions { MaxDepth = limits.MaxDepth, MaxComplexity = limits.MaxComplexity }.PriceIntrospection();
}
