using System.Collections;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Inburgering.Hub.GraphQL.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.GraphQL.Querying;

/// <summary>The <c>where</c>/<c>order</c> arguments of a connection and the filtered, sorted keyset page they select.</summary>
public static class QueryArguments
{
    public const string Where = "where";
    public const string Order = "order";

    /// <summary>Adds <c>where: XxxFilter</c> and <c>order: [XxxOrder!]</c> for <typeparamref name="TEntity"/>.</summary>
    public static FieldBuilder<object?, object> Queryable<TEntity>(this FieldBuilder<object?, object> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field
            .Argument<EntityFilterGraphType<TEntity>>(Where, "Only the nodes that match (translated to SQL; your gemeenten only).")
            .Argument<ListGraphType<NonNullGraphType<EntityOrderGraphType<TEntity>>>>(Order, "Sort keys, most significant first; ties are broken by id.");
    }

    /// <summary>
    /// One page of <paramref name="query"/> after <c>where</c>, in <c>order</c> (else by id, newest first when
    /// <paramref name="newestFirst"/>), from <c>after</c>: one SQL statement of at most <c>first + 1</c> rows;
    /// <c>totalCount</c> counts the filtered query only when selected, and not at all when the first page holds every match.
    /// </summary>
    public static async Task<Page<T>> PageQueryAsync<T>(this IResolveFieldContext context, IQueryable<T> query, bool newestFirst = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var size = context.PageSizeOf();

        var where = context.GetArgument<IDictionary<string, object?>?>(Where);
        var predicate = new FilterTranslator(context.RequestServices!.GetRequiredService<Data.HubDbContext>()).Translate<T>(where);
        var filtered = predicate is null ? query : query.Where(predicate);

        var sort = SortKeys<T>.Parse(context.GetArgument<object?>(Order) as IEnumerable, newestFirst);
        var after = context.After();
        var page = after is null ? filtered : filtered.Where(sort.After(after));
        var rows = await sort.Apply(page).Take(size + 1).ToListAsync(context.CancellationToken);
        var edges = rows.Take(size).Select(r => new Edge<T>(sort.Encode(r), r)).ToList();
        // A first page that holds every match is its own count: no COUNT statement.
        var complete = after is null && rows.Count <= size;
        return new Page<T>(edges, rows.Count > size, after is not null, ct => complete ? Task.FromResult(rows.Count) : filtered.CountAsync(ct));
    }
}
