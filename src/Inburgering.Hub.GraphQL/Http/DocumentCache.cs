using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace Inburgering.Hub.GraphQL.Http;

/// <summary>
/// The documents the endpoint has read, by their exact text: the outcome of <see cref="DocumentGuard.Check"/>
/// (the parsed, immutable syntax tree or the refusal) and which of its operations once passed GraphQL's own
/// validation rules (<see cref="DocumentCacheEntry.IsValidated"/>). Only two kinds are kept: a document
/// the guard refused (its text and the refusal), and a document once an operation of it passed validation
/// (<see cref="MarkValidated"/>); one that is parsed but never validates is read again on every request, so
/// a flood of invalid documents cannot fill memory with syntax trees. Those rules depend only on the text
/// and the schema, so a validated operation skips them on later requests; what
/// depends on the caller or the request is never cached and runs on every request: the role rule, the
/// argument caps (variables), the depth and cost rule with the caller's limits, and the variables' coercion.
/// A syntax error is not kept (the executer reports it). Bounded: at most <see cref="MaxEntries"/> documents
/// and <see cref="MaxCharacters"/> characters of text; when either is reached the cache starts again empty.
/// </summary>
public sealed class DocumentCache(GraphQLLimits limits)
{
    /// <summary>Documents kept at most (1,000).</summary>
    public const int MaxEntries = 1_000;

    /// <summary>Characters of document text kept at most (4 Mi: 64 documents of the largest size allowed by default).</summary>
    public const long MaxCharacters = 4L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, DocumentCacheEntry> _entries = new(StringComparer.Ordinal);
    private long _characters;

    /// <summary>Documents currently kept.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// The entry of <paramref name="query"/>: the cached one, or a new check of the text (kept only when the
    /// guard refused it; a parsed document is kept once it validates, see <see cref="MarkValidated"/>).
    /// </summary>
    public DocumentCacheEntry Get(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (_entries.TryGetValue(query, out var entry))
        {
            return entry;
        }

        var check = DocumentGuard.Check(query, limits.Document);
        entry = new DocumentCacheEntry(check);
        return check.Refusal is not null && !ReferenceEquals(check, DocumentCheck.SyntaxError) ? Keep(query, entry) : entry;
    }

    /// <summary>Records that <paramref name="operation"/> of <paramref name="entry"/> (the entry of <paramref name="query"/>) passed every validation rule, and keeps the entry.</summary>
    public void MarkValidated(string query, DocumentCacheEntry entry, GraphQLOperationDefinition operation)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(entry);
        entry.MarkValidated(operation);
        Keep(query, entry);
    }

    private DocumentCacheEntry Keep(string query, DocumentCacheEntry entry)
    {
        if (_entries.TryGetValue(query, out var kept))
        {
            return kept;
        }

        if (_entries.Count >= MaxEntries || Interlocked.Add(ref _characters, query.Length) > MaxCharacters)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _characters, query.Length);
        }

        return _entries.GetOrAdd(query, entry);
    }
}

/// <summary>One document of the <see cref="DocumentCache"/>.</summary>
public sealed class DocumentCacheEntry(DocumentCheck check)
{
    private readonly Lock _lock = new();
    private GraphQLOperationDefinition[] _validated = [];

    /// <summary>The outcome of <see cref="DocumentGuard.Check"/> on the text.</summary>
    public DocumentCheck Check { get; } = check;

    /// <summary>
    /// Whether an execution of <paramref name="operation"/> (of this entry's document) passed validation:
    /// then GraphQL's specified rules (which read only the document and the schema) need not run again for
    /// it; the per-caller and per-request rules still do. Per operation, as the validation of a request
    /// covers the operation it selects. False for null.
    /// </summary>
    public bool IsValidated(GraphQLOperationDefinition? operation) =>
        operation is not null && Array.IndexOf(Volatile.Read(ref _validated), operation) >= 0;

    /// <summary>Records that an execution of <paramref name="operation"/> passed every validation rule.</summary>
    public void MarkValidated(GraphQLOperationDefinition operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        lock (_lock)
        {
            if (Array.IndexOf(_validated, operation) < 0)
            {
                Volatile.Write(ref _validated, [.. _validated, operation]);
            }
        }
    }
}
