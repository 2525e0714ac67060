using System.Collections;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Inburgering.Hub.Data.Configurations;
using Inburgering.Hub.GraphQL.Loading;
using Inburgering.Hub.GraphQL.Paging;
using Microsoft.EntityFrameworkCore;

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
    /// <paramref name="newestFirst"/>), from <c>after</c>: one SQL statement of at most <c>first + 1</c> rows of
    /// the columns the selection reads (<see cref="FieldReads"/>). When <c>totalCount</c> is selected, the same
    /// statement counts every match, so a counted page is one round trip: on the first page with
    /// <c>COUNT(*) OVER ()</c> beside the rows (<see cref="WindowFunctions.CountOver"/>: the matches are read
    /// once, for the rows and the count), after a cursor in a scalar sub-query; a separate <c>COUNT</c> runs
    /// only for an empty page after a cursor.
    /// </summary>
    public static async Task<Page<T>> PageQueryAsync<T>(this IResolveFieldContext context, IQueryable<T> query, bool newestFirst = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var size = context.PageSizeOf();
        var db = await context.ReadDbAsync(context.CancellationToken);

        var where = context.GetArgument<IDictionary<string, object?>?>(Where);
        var predicate = new FilterTranslator(db).Translate<T>(where);
        var filtered = predicate is null ? query : query.Where(predicate);

        var sort = SortKeys<T>.Parse(context.GetArgument<object?>(Order) as IEnumerable, newestFirst);
        var after = context.After();
        var page = sort.Apply(after is null ? filtered : filtered.Where(sort.After(after)));
        var projection = SelectedColumns.OfNodes<T>(context, [QueryModels.IdOf<T>().Body is MemberExpression id ? id.Member.Name : "Id", .. sort.Keys.Select(k => k.Field!.Property.Name)]);
        var selected = projection is null ? page : page.Select(projection.Selector);

        List<T> rows;
        int? total = null;
        if (SelectedColumns.Selects(context, "totalCount"))
        {
            // First page: every match is a row of the statement before its LIMIT, so a window count beside
            // the rows counts them in the same pass (the filter evaluated once). After a cursor the rows
            // are only those after it: the count of all matches is a scalar sub-query of its own.
            var counted = after is null
                ? selected.Select(row => new Counted<T> { Row = row, Total = WindowFunctions.CountOver() })
                : selected.Select(row => new Counted<T> { Row = row, Total = filtered.Count() });
            var list = await counted.Take(size + 1).ToListAsync(context.CancellationToken);
            rows = [.. list.Select(c => c.Row)];
            total = list.Count > 0 ? list[0].Total : after is null ? 0 : null;
        }
        else
        {
            rows = await selected.Take(size + 1).ToListAsync(context.CancellationToken);
        }

        var edges = rows.Take(size).Select(r => new Edge<T>(sort.Encode(r), r)).ToList();
        return new Page<T>(edges, rows.Count > size, after is not null, ct => total is { } known ? Task.FromResult(known) : filtered.CountAsync(ct));
    }

    /// <summary>A row of a page with the count of all matches beside it.</summary>
    private sealed class Counted<T>
    {
        public T Row { get; init; } = default!;

        public int Total { get; init; }
    }
}
