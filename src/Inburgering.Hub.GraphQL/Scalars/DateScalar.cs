using GraphQL.Types;

namespace Inburgering.Hub.GraphQL.Scalars;

/// <summary>A calendar date, <c>yyyy-MM-dd</c> (DateOnly).</summary>
public sealed class DateScalar : DateOnlyGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "A calendar date in ISO-8601 form, yyyy-MM-dd.";
    }
}
