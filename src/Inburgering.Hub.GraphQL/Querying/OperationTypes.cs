using GraphQL.Types;

namespace Inburgering.Hub.GraphQL.Querying;

/// <summary>Which operation input type filters a property of a given CLR type.</summary>
internal static class OperationTypes
{
    /// <summary>The operation filter type, or null when the property is not filterable.</summary>
    /// <param name="propertyType">The property's CLR type, nullable or not.</param>
    /// <param name="outputType">The graph type the output field prints it as (unwrapped), when known.</param>
    /// <param name="isId">The output prints it as <c>ID</c>.</param>
    public static Type? For(Type propertyType, Type? outputType, bool isId)
    {
        var type = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
        if (type.IsEnum)
        {
            if (type.IsDefined(typeof(FlagsAttribute), false))
            {
                return null;
            }

            var enumGraph = outputType is not null && typeof(EnumerationGraphType).IsAssignableFrom(outputType)
                ? outputType
                : typeof(EnumerationGraphType<>).MakeGenericType(type);
            return typeof(EnumFilterGraphType<>).MakeGenericType(enumGraph);
        }

        if (isId && type == typeof(long))
        {
            return typeof(IdFilterGraphType);
        }

        return type switch
        {
            _ when type == typeof(string) => typeof(StringFilterGraphType),
            _ when type == typeof(bool) => typeof(BooleanFilterGraphType),
            _ when type == typeof(int) => typeof(IntFilterGraphType),
            _ when type == typeof(long) => typeof(LongFilterGraphType),
            _ when type == typeof(decimal) || type == typeof(double) => typeof(DecimalFilterGraphType),
            _ when type == typeof(DateOnly) => typeof(DateFilterGraphType),
            _ when type == typeof(DateTimeOffset) => typeof(DateTimeFilterGraphType),
            _ => null,
        };
    }
}
