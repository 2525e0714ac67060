using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace Inburgering.Hub.GraphQL.Http;

/// <summary>
/// The complexity analysis (depth and cost, GraphQL.NET's <see cref="ComplexityValidationRule"/> and
/// its <c>COMPLEXITY</c> errors) with the caller's limits: one rule per request, because the limits
/// depend on the caller's roles.
/// </summary>
internal static class CallerComplexityRule
{
    public static IValidationRule For(EffectiveLimits limits) =>
        new ComplexityValidationRule(new ComplexityOptions { MaxDepth = limits.MaxDepth, MaxComplexity = limits.MaxComplexity });
}
