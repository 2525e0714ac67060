namespace Inburgering.Hub.GraphQL.Http;

/// <summary>
/// Configuration <c>Hub:GraphQL:Limits:Document</c>: the size of a GraphQL document the hub reads at all.
/// Checked by <see cref="DocumentGuard"/> on the raw text and the parsed syntax tree, before any schema
/// validation, so an oversized document is refused (<c>400 DOCUMENT_TOO_LARGE</c>) within milliseconds.
/// The defaults fit every query in <c>schema/examples</c> and the standard introspection query with room to spare.
/// </summary>
public sealed class DocumentLimits
{
    /// <summary>Most bytes of a POST body: query, variables and extensions together (default 1 MiB; larger: <c>413</c>).</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Most UTF-8 bytes of the <c>query</c> text (default 65,536).</summary>
    public int MaxBytes { get; set; } = 64 * 1024;

    /// <summary>Most lexical tokens (names, punctuation, values; comments not counted; default 10,000).</summary>
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>
    /// Most field selections, counted with every fragment spread expanded (so a chain of fragments that
    /// doubles at every step counts what it would execute; default 2,000).
    /// </summary>
    public int MaxFields { get; set; } = 2_000;

    /// <summary>Most aliased fields, counted with fragments expanded (default 100).</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>Most fragment definitions (default 50).</summary>
    public int MaxFragments { get; set; } = 50;

    /// <summary>
    /// Deepest nesting of the syntax tree (selections, arguments, list and object literals; a selection
    /// level or a literal object level counts about two; default 80).
    /// </summary>
    public int MaxNesting { get; set; } = 80;

    /// <summary>Most elements of one list, in a literal or a variable (ids, <c>in</c>, <c>or</c>; default 1,000).</summary>
    public int MaxListLength { get; set; } = 1_000;

    /// <summary>Most values in one argument, in a literal or a variable (every operator, list item and nested object; default 2,000).</summary>
    public int MaxArgumentValues { get; set; } = 2_000;
}
