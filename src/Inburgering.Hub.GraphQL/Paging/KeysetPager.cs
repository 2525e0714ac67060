using GraphQL;
using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.GraphQL.Paging;

/// <summary>
/// Forward keyset paging (<c>first</c>/<c>after</c>) over an id-ordered query (ascending, or
/// newest first): the page is one <c>WHERE id &gt; @after ORDER BY id LIMIT first+1</c>; the count is a separate query run only
/// when <c>totalCount</c> is selected.
/// </summary>
public sealed class KeysetPager(PagingOptions options)
{
    public async Task<Page<T>> PageAsync<T>(
        IQueryable<T> query,
        System.Linq.Expressions.Expression<Func<T, long>> id,
        int? first,
        string? after,
        CancellationToken cancellationToken,
        bool descending = false)
    {
        ArgumentNullException.ThrowIfNull(id);
        var size = first ?? options.DefaultPageSize;
        if (size < 1 || size > options.MaxPageSize)
        {
            throw new ExecutionError($"first must be between 1 and {options.MaxPageSize}; it was {size}.") { Code = "PAGE_SIZE" };
        }

        var getId = id.Compile();
        var filtered = query;
        if (after is not null)
        {
            var afterId = Cursor.Decode(after);
            var param = id.Parameters[0];
            var bound = System.Linq.Expressions.Expression.Constant(afterId);
            var beyond = descending
                ? System.Linq.Expressions.Expression.LessThan(id.Body, bound)
                : System.Linq.Expressions.Expression.GreaterThan(id.Body, bound);
            filtered = filtered.Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(beyond, param));
        }

        var ordered = descending ? filtered.OrderByDescending(id) : filtered.OrderBy(id);
        var rows = await ordered.Take(size + 1).ToListAsync(cancellationToken);
        var hasNext = rows.Count > size;
        var edges = rows.Take(size).Select(r => new Edge<T>(Cursor.Encode(getId(r)), r)).ToList();
        return new Page<T>(edges, hasNext, after is not null, ct => query.CountAsync(ct));
    }

    /// <summary>Pages any sourced row by its id.</summary>
    public Task<Page<T>> PageAsync<T>(IQueryable<T> query, int? first, string? after, CancellationToken cancellationToken)
        where T : SourcedRecord =>
        PageAsync(query, e => e.Id, first, after, cancellationToken);
}
