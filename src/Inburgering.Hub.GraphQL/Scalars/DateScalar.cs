using GraphQL;
using GraphQL.Types;
using Inburgering.Hub.GraphQL.Introspection;

namespace Inburgering.Hub.GraphQL.Scalars;

/// <summary>
/// A calendar date, <c>yyyy-MM-dd</c> (DateOnly); specified by the GraphQL Scalars "Local Date"
/// (RFC 3339 full-date), which introspection gives as its <c>specifiedByURL</c>.
/// </summary>
public sealed class DateScalar : DateOnlyGraphType
{
    /// <summary>The scalar's specification: a date without time zone, <c>yyyy-MM-dd</c>.</summary>
    public const string SpecificationUrl = "https://scalars.graphql.org/andimarek/local-date.html";

    public DateScalar()
    {
        Name = "Date";
        Description = "A calendar date in ISO-8601 form, yyyy-MM-dd.";
        this.ApplyDirective(SpecifiedByDirective.DirectiveName, SpecifiedByDirective.UrlArgument, SpecificationUrl);
    }
}
