using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using Inburgering.Hub.GraphQL.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.GraphQL.Querying;

/// <summary>
/// What a field of an entity graph type reads of its source row, so that a query selects only the
/// columns the request asks for. An expression field (<c>Field(r =&gt; r.Koppeldatum)</c>) reads its
/// property; any other field declares what it reads with <see cref="Reads{TSource, TReturn}"/>, or
/// <see cref="ReadsRow{TSource, TReturn}"/> when its value is the row itself (<c>bron</c>). A selected
/// field that declares nothing makes the query read every column (the safe default).
/// </summary>
public static class FieldReads
{
    internal const string ReadsKey = "Inburgering.Hub.Reads";
    internal const string RowKey = "Inburgering.Hub.ReadsRow";

    /// <summary>The metadata key under which GraphQL.NET keeps the member name of an expression field (<c>Field(r =&gt; r.X)</c>).</summary>
    internal const string ExpressionPropertyKey = "ORIGINAL_EXPRESSION_PROPERTY_NAME";

    /// <summary>The field's resolver reads <paramref name="properties"/> of the source row (CLR property names), nothing else.</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] properties)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.Metadata[ReadsKey] = properties;
        return field;
    }

    /// <summary>The field's value is the source row itself: it reads what its own selection reads.</summary>
    public static FieldBuilder<TSource, TReturn> ReadsRow<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.Metadata[RowKey] = true;
        return field;
    }

    /// <summary>
    /// The properties of <paramref name="type"/>'s source rows that <paramref name="fields"/> (selections
    /// on that type) read, added to <paramref name="into"/>; false when a selected field does not say.
    /// </summary>
    internal static bool Collect(GraphQLDocument document, IComplexGraphType type, IEnumerable<GraphQLField> fields, ISet<string> into)
    {
        foreach (var node in Selections.Fields(document, fields.Select(f => f.SelectionSet).OfType<GraphQLSelectionSet>()))
        {
            var name = node.Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            if (type.GetField(name) is not { } field)
            {
                return false;
            }

            if (field.GetMetadata<bool>(RowKey))
            {
                if (field.ResolvedType?.GetNamedType() is not IComplexGraphType child || !Collect(document, child, [node], into))
                {
                    return false;
                }
            }
            else if (field.GetMetadata<string[]?>(ReadsKey) is { } declared)
            {
                into.UnionWith(declared);
            }
            else if (IsExpressionField(field) && field.GetMetadata<string?>(ExpressionPropertyKey) is { } property)
            {
                into.Add(property);
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsExpressionField(FieldType field) =>
        field.Resolver?.GetType() is { IsGenericType: true } resolver && resolver.GetGenericTypeDefinition() == typeof(ExpressionFieldResolver<,>);
}

/// <summary>
/// A projection of <typeparamref name="T"/> to some of its mapped properties: <c>row =&gt; new T { A = row.A, … }</c>,
/// which EF translates to a <c>SELECT</c> of those columns only. The other properties keep their defaults,
/// so only resolvers that read the projected properties may see such rows (see <see cref="FieldReads"/>).
/// </summary>
internal sealed class Projection<T>
    where T : class
{
    private static readonly ConcurrentDictionary<string, Projection<T>> Cache = new(StringComparer.Ordinal);

    private Projection(IReadOnlyList<string> properties, Expression<Func<T, T>> selector)
    {
        Properties = properties;
        Selector = selector;
        Signature = string.Join(',', properties);
    }

    /// <summary>The projected properties, ordinal order.</summary>
    public IReadOnlyList<string> Properties { get; }

    /// <summary>The properties as one string (loader names, caches).</summary>
    public string Signature { get; }

    public Expression<Func<T, T>> Selector { get; }

    /// <summary>
    /// The projection to <paramref name="properties"/>; null (read whole rows) when they are unknown
    /// (null), name a property that is not a mapped column, are every column anyway, or when
    /// <typeparamref name="T"/> is not a plain entity (inheritance, owned or complex parts).
    /// </summary>
    public static Projection<T>? For(DbContext db, IReadOnlySet<string>? properties)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (properties is null || db.Model.FindEntityType(typeof(T)) is not { } entity || !IsPlain(entity))
        {
            return null;
        }

        var mapped = entity.GetProperties().Where(p => !p.IsShadowProperty() && p.PropertyInfo is { SetMethod.IsPublic: true }).ToDictionary(p => p.Name, StringComparer.Ordinal);
        if (!properties.All(mapped.ContainsKey) || properties.Count >= mapped.Count)
        {
            return null;
        }

        var sorted = properties.Order(StringComparer.Ordinal).ToList();
        return Cache.GetOrAdd(string.Join(',', sorted), _ =>
        {
            var row = Expression.Parameter(typeof(T), "row");
            var body = Expression.MemberInit(
                Expression.New(typeof(T)),
                sorted.Select(p => Expression.Bind(mapped[p].PropertyInfo!, Expression.Property(row, mapped[p].PropertyInfo!))));
            return new Projection<T>(sorted, Expression.Lambda<Func<T, T>>(body, row));
        });
    }

    private static bool IsPlain(IEntityType entity) =>
        entity.BaseType is null
        && !entity.GetDirectlyDerivedTypes().Any()
        && !entity.GetComplexProperties().Any()
        && !entity.GetNavigations().Any(n => n.TargetEntityType.IsOwned())
        && entity.ClrType.GetConstructor(Type.EmptyTypes) is not null;
}

/// <summary>The projections a resolver's query uses, from the request's selection (memoised per request and path).</summary>
internal static class SelectedColumns
{
    /// <summary>
    /// The projection of the rows that <paramref name="context"/>'s field returns (a list of, or one, entity)
    /// to the columns its selection reads, plus <paramref name="keys"/>; null to read whole rows.
    /// </summary>
    public static Projection<T>? OfRows<T>(IResolveFieldContext context, params string[] keys)
        where T : class =>
        Memo<T>(context, "rows", keys, () =>
        {
            var type = context.FieldDefinition.ResolvedType?.GetNamedType() as IComplexGraphType;
            return Read(context, type, Selections.AtPath(context), keys);
        });

    /// <summary>As <see cref="OfRows{T}"/> for the nodes of a connection field (<c>nodes</c> and <c>edges.node</c>).</summary>
    public static Projection<T>? OfNodes<T>(IResolveFieldContext context, params string[] keys)
        where T : class =>
        Memo<T>(context, "nodes", keys, () =>
        {
            var connection = Selections.AtPath(context);
            var nodes = Selections.Children(context.Document, connection, "nodes")
                .Concat(Selections.Children(context.Document, Selections.Children(context.Document, connection, "edges"), "node"));
            var type = (context.FieldDefinition.ResolvedType?.GetNamedType() as IComplexGraphType)?.GetField("nodes")?.ResolvedType?.GetNamedType() as IComplexGraphType;
            return Read(context, type, nodes, keys);
        });

    /// <summary>Whether <paramref name="context"/>'s field selects <paramref name="name"/> anywhere (any alias, fragments included).</summary>
    public static bool Selects(IResolveFieldContext context, string name) =>
        Selections.Children(context.Document, Selections.AtPath(context), name).Count > 0;

    private static HashSet<string>? Read(IResolveFieldContext context, IComplexGraphType? type, IEnumerable<GraphQLField> fields, string[] keys)
    {
        var properties = new HashSet<string>(keys, StringComparer.Ordinal);
        return type is not null && FieldReads.Collect(context.Document, type, fields, properties) ? properties : null;
    }

    private static Projection<T>? Memo<T>(IResolveFieldContext context, string kind, string[] keys, Func<HashSet<string>?> read)
        where T : class
    {
        if (!context.RequestServices!.GetRequiredService<PagingOptions>().SelectColumns)
        {
            return null;
        }

        var path = string.Join('/', context.ResponsePath.OfType<string>());
        var key = $"{typeof(T).FullName}|{kind}|{path}|{string.Join(',', keys)}";
        return context.Loaders().Memo(key, () => Projection<T>.For(context.Db(), read()));
    }
}
