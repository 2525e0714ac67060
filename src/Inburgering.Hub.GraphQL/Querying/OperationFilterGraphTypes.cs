using GraphQL.Types;
using Inburgering.Hub.GraphQL.Scalars;

namespace Inburgering.Hub.GraphQL.Querying;

/// <summary>
/// The operations on one scalar field: <c>eq, neq, in, nin, isNull</c>, for ordered values
/// <c>gt, gte, lt, lte</c>, for text <c>contains, startsWith</c>. Every operation given must hold.
/// </summary>
public abstract class OperationFilterGraphType : InputObjectGraphType
{
    internal const string Eq = "eq";
    internal const string Neq = "neq";
    internal const string In = "in";
    internal const string Nin = "nin";
    internal const string Gt = "gt";
    internal const string Gte = "gte";
    internal const string Lt = "lt";
    internal const string Lte = "lte";
    internal const string Contains = "contains";
    internal const string StartsWith = "startsWith";
    internal const string IsNull = "isNull";

    protected void Operations<TScalar>(bool ordered, bool text = false)
        where TScalar : IGraphType
    {
        Field<TScalar>(Eq).Description("Equal to.");
        Field<TScalar>(Neq).Description("Not equal to (null values do not match).");
        if (ordered)
        {
            Field<TScalar>(Gt).Description("Greater (later) than.");
            Field<TScalar>(Gte).Description("Greater (later) than or equal to.");
            Field<TScalar>(Lt).Description("Less (earlier) than.");
            Field<TScalar>(Lte).Description("Less (earlier) than or equal to.");
        }

        if (typeof(TScalar) != typeof(BooleanGraphType))
        {
            Field<ListGraphType<NonNullGraphType<TScalar>>>(In).Description("One of.");
            Field<ListGraphType<NonNullGraphType<TScalar>>>(Nin).Description("None of (null values do not match).");
        }

        if (text)
        {
            Field<TScalar>(Contains).Description("Contains the text (case-sensitive).");
            Field<TScalar>(StartsWith).Description("Starts with the text.");
        }

        Field<BooleanGraphType>(IsNull).Description("true: the field is null; false: it has a value.");
    }
}

/// <summary>Operations on a text field.</summary>
public sealed class StringFilterGraphType : OperationFilterGraphType
{
    public StringFilterGraphType()
    {
        Name = "StringFilter";
        Description = "Operations on a text field (ordering compares ordinally).";
        Operations<StringGraphType>(ordered: true, text: true);
    }
}

/// <summary>Operations on an id field.</summary>
public sealed class IdFilterGraphType : OperationFilterGraphType
{
    public IdFilterGraphType()
    {
        Name = "IdFilter";
        Description = "Operations on an id field.";
        Operations<IdGraphType>(ordered: true);
    }
}

/// <summary>Operations on an integer field.</summary>
public sealed class IntFilterGraphType : OperationFilterGraphType
{
    public IntFilterGraphType()
    {
        Name = "IntFilter";
        Description = "Operations on an integer field.";
        Operations<IntGraphType>(ordered: true);
    }
}

/// <summary>Operations on a long integer field.</summary>
public sealed class LongFilterGraphType : OperationFilterGraphType
{
    public LongFilterGraphType()
    {
        Name = "LongFilter";
        Description = "Operations on a long integer field.";
        Operations<LongGraphType>(ordered: true);
    }
}

/// <summary>Operations on a decimal field (hours, amounts).</summary>
public sealed class DecimalFilterGraphType : OperationFilterGraphType
{
    public DecimalFilterGraphType()
    {
        Name = "DecimalFilter";
        Description = "Operations on a decimal field (hours, amounts).";
        Operations<DecimalGraphType>(ordered: true);
    }
}

/// <summary>Operations on a date field.</summary>
public sealed class DateFilterGraphType : OperationFilterGraphType
{
    public DateFilterGraphType()
    {
        Name = "DateFilter";
        Description = "Operations on a date field; a range is gte + lte (e.g. started in 2023: {gte: \"2023-01-01\", lte: \"2023-12-31\"}).";
        Operations<DateScalar>(ordered: true);
    }
}

/// <summary>Operations on a timestamp field.</summary>
public sealed class DateTimeFilterGraphType : OperationFilterGraphType
{
    public DateTimeFilterGraphType()
    {
        Name = "DateTimeFilter";
        Description = "Operations on a timestamp field. Only isNull: the default store (SQLite) keeps timestamps with their offset as text and cannot compare them in SQL; the rows' ids follow time.";
        Field<BooleanGraphType>(IsNull).Description("true: the field is null; false: it has a value.");
    }
}

/// <summary>Operations on a boolean field.</summary>
public sealed class BooleanFilterGraphType : OperationFilterGraphType
{
    public BooleanFilterGraphType()
    {
        Name = "BooleanFilter";
        Description = "Operations on a boolean field.";
        Operations<BooleanGraphType>(ordered: false);
    }
}

/// <summary>Operations on a field of the code list <typeparamref name="TEnumGraphType"/>, with its values as the output prints them.</summary>
public sealed class EnumFilterGraphType<TEnumGraphType> : OperationFilterGraphType
    where TEnumGraphType : EnumerationGraphType, new()
{
    public EnumFilterGraphType()
    {
        var enumName = new TEnumGraphType().Name;
        Name = enumName + "Filter";
        Description = $"Operations on a {enumName} field.";
        Operations<TEnumGraphType>(ordered: false);
    }
}
