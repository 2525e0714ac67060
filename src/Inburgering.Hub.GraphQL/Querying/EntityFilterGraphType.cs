using GraphQL.Types;

namespace Inburgering.Hub.GraphQL.Querying;

/// <summary>
/// <c>XxxFilter</c>, generated from <see cref="QueryModels"/>: one operation input per scalar field,
/// <c>and/or/not</c>, and the relations (<c>some/none/all</c> on lists, a nested filter on one row).
/// Every field given must hold.
/// </summary>
public sealed class EntityFilterGraphType<TEntity> : InputObjectGraphType
{
    internal const string And = "and";
    internal const string Or = "or";
    internal const string Not = "not";

    public EntityFilterGraphType()
    {
        var model = QueryModels.Get<TEntity>();
        Name = model.Name + "Filter";
        Description = $"Filter on {model.Name}: every field given must hold.";
        foreach (var scalar in model.Scalars)
        {
            Field(scalar.Name, scalar.OperationType);
        }

        foreach (var relation in model.Relations)
        {
            var type = relation.IsList
                ? typeof(RelationListFilterGraphType<>).MakeGenericType(relation.Target)
                : typeof(EntityFilterGraphType<>).MakeGenericType(relation.Target);
            Field(relation.Name, type).Description(relation.IsList
                ? $"Conditions on the {relation.Name} of the row that you may see."
                : $"Conditions on the {relation.Name} of the row; never matches one you cannot see.");
        }

        Field<ListGraphType<NonNullGraphType<EntityFilterGraphType<TEntity>>>>(And).Description("Every filter holds.");
        Field<ListGraphType<NonNullGraphType<EntityFilterGraphType<TEntity>>>>(Or).Description("At least one filter holds.");
        Field<EntityFilterGraphType<TEntity>>(Not).Description("The filter does not hold.");
    }
}

/// <summary><c>XxxListFilter</c>: conditions on a list of related rows.</summary>
public sealed class RelationListFilterGraphType<TEntity> : InputObjectGraphType
{
    internal const string Some = "some";
    internal const string None = "none";
    internal const string All = "all";
    internal const string MetIngetrokken = "metIngetrokken";

    public RelationListFilterGraphType()
    {
        var model = QueryModels.Get<TEntity>();
        Name = model.Name + "ListFilter";
        Description = $"Conditions on a list of {model.Name}: like the list field, over the rows you may see, withdrawn ones only with metIngetrokken.";
        Field<EntityFilterGraphType<TEntity>>(Some).Description("At least one row matches.");
        Field<EntityFilterGraphType<TEntity>>(None).Description("No row matches.");
        Field<EntityFilterGraphType<TEntity>>(All).Description("Every row matches (also true for no rows).");
        Field<BooleanGraphType>(MetIngetrokken).Description("Count withdrawn or deleted rows too (default false).");
    }
}

/// <summary>Sort direction.</summary>
public sealed class OrderDirectionGraphType : EnumerationGraphType
{
    public OrderDirectionGraphType()
    {
        Name = "OrderDirection";
        Description = "Sort direction. Nulls sort first ascending, last descending.";
        Add("ASC", false, "Ascending.");
        Add("DESC", true, "Descending.");
    }
}

/// <summary>
/// <c>XxxOrder</c>: one sort key; pass a list for several (<c>order: [{startdatum: DESC}, {aanbieder: ASC}]</c>).
/// Ties are broken by id. Code lists sort by their stored name.
/// </summary>
public sealed class EntityOrderGraphType<TEntity> : InputObjectGraphType
{
    public EntityOrderGraphType()
    {
        var model = QueryModels.Get<TEntity>();
        Name = model.Name + "Order";
        Description = $"One sort key of {model.Name} (give exactly one field per list item); ties are broken by id.";
        foreach (var scalar in model.Scalars.Where(s => s.IsOrderable))
        {
            Field<OrderDirectionGraphType>(scalar.Name);
        }
    }
}
