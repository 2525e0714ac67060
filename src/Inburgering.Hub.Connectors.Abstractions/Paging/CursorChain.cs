namespace Inburgering.Hub.Connectors.Abstractions.Paging;

/// <summary>
/// For connector authors of paged APIs: the guard against paging that makes no progress. Call
/// <see cref="Request"/> with the cursor of every page before asking for it: a cursor already used in
/// this chain (an API whose <c>nextCursor</c> repeats one, e.g. <c>c1</c> again for the request with
/// <c>cursor=c1</c>) or more than <see cref="MaxPages"/> pages throw <see cref="PagingException"/>,
/// so the stream fails with that message after at most one repeated request, instead of looping.
/// What was committed before stays (the engine commits page by page). Not thread-safe; one per read.
/// </summary>
public sealed class CursorChain
{
    /// <summary>Default bound on the pages of one chain.</summary>
    public const int DefaultMaxPages = 100_000;

    private readonly HashSet<string> _cursors = new(StringComparer.Ordinal);

    /// <summary>A chain of at most <paramref name="maxPages"/> pages (≥ 1).</summary>
    public CursorChain(int maxPages = DefaultMaxPages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPages, 1);
        MaxPages = maxPages;
    }

    /// <summary>The most pages one chain may request.</summary>
    public int MaxPages { get; }

    /// <summary>Pages requested in this chain so far.</summary>
    public int Pages { get; private set; }

    /// <summary>
    /// Registers the request of the next page, with its <paramref name="cursor"/> (null for the first page).
    /// </summary>
    /// <param name="cursor">The cursor the request carries.</param>
    /// <param name="what">What is paged, for the message (e.g. <c>GET /v1/pips</c>).</param>
    /// <exception cref="PagingException">The cursor was used before in this chain, or the chain would exceed <see cref="MaxPages"/>.</exception>
    public void Request(string? cursor, string what)
    {
        if (Pages >= MaxPages)
        {
            throw new PagingException($"{what}: more than {MaxPages} pages in one chain; paging stopped (no progress or an unbounded result).");
        }

        if (cursor is not null && !_cursors.Add(cursor))
        {
            throw new PagingException(
                $"{what}: the API returned cursor '{cursor}' again after it was used in this chain (page {Pages + 1}); paging makes no progress and was stopped.");
        }

        Pages++;
    }

    /// <summary>Starts a new chain (e.g. after an expired cursor restarts from the watermark): cursors and pages are forgotten.</summary>
    public void Restart()
    {
        _cursors.Clear();
        Pages = 0;
    }
}

/// <summary>Paging that makes no progress: a repeated cursor or too many pages (see <see cref="CursorChain"/>).</summary>
public sealed class PagingException : Exception
{
    public PagingException()
    {
    }

    public PagingException(string message)
        : base(message)
    {
    }

    public PagingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
