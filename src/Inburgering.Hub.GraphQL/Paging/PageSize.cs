using GraphQL;
using Inburgering.Hub.GraphQL.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Hub.GraphQL.Paging;

/// <summary>The page size a connection field serves: <c>first</c>, within the caller's maximum page size.</summary>
public static class PageSize
{
    public const string ErrorCode = "PAGE_SIZE";

    /// <summary>
    /// <c>first</c>, or the default page size (at most the caller's maximum); an
    /// <see cref="ExecutionError"/> <c>PAGE_SIZE</c> when <c>first</c> is outside 1..maximum, where the
    /// maximum is the most generous of the caller's roles (<c>Hub:GraphQL:Limits:Roles:{role}:MaxPageSize</c>,
    /// else <c>Hub:GraphQL:Paging:MaxPageSize</c>).
    /// </summary>
    public static int PageSizeOf(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices!;
        var max = services.GetRequiredService<CallerLimitsPolicy>().For(context.User).MaxPageSize;
        var size = context.First() ?? Math.Min(services.GetRequiredService<PagingOptions>().DefaultPageSize, max);
        if (size < 1 || size > max)
        {
            throw new ExecutionError($"first must be between 1 and {max}; it was {size}.") { Code = ErrorCode };
        }

        return size;
    }
}
