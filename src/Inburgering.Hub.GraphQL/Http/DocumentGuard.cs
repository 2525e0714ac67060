using System.Text;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Inburgering.Hub.GraphQL.Http;

/// <summary>
/// Reads a GraphQL document within <see cref="DocumentLimits"/>: bytes, then tokens (a linear scan of
/// the lexer), then the parse with a nesting bound, then fields, aliases and fragments counted on the
/// tree with each fragment's size computed once. Every step is linear in the text and stops at the
/// first limit it exceeds, so the cost of a refusal is bounded by <see cref="DocumentLimits.MaxBytes"/>.
/// </summary>
public static class DocumentGuard
{
    /// <summary>The error code of a document over a limit.</summary>
    public const string TooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>
    /// The parsed document, or the reason it is refused (<see cref="DocumentCheck.Refusal"/>, naming the
    /// limit and its setting). A document with a syntax error is neither: the executer reports it as usual.
    /// </summary>
    public static DocumentCheck Check(string query, DocumentLimits limits)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(limits);

        // A char is at least one UTF-8 byte: the count only runs on text that may fit.
        if (query.Length > limits.MaxBytes || Encoding.UTF8.GetByteCount(query) > limits.MaxBytes)
        {
            return Refuse($"The document is larger than {limits.MaxBytes} bytes", "MaxBytes");
        }

        var tokens = 0;
        try
        {
            var position = 0;
            while (true)
            {
                var token = Lexer.Lex(query, position);
                if (token.Kind == TokenKind.EOF)
                {
                    break;
                }

                if (token.Kind != TokenKind.COMMENT && ++tokens > limits.MaxTokens)
                {
                    return Refuse($"The document has more than {limits.MaxTokens} tokens", "MaxTokens");
                }

                position = token.End;
            }
        }
        catch (GraphQLParserException)
        {
            return DocumentCheck.SyntaxError;
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxNesting });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return Refuse($"The document nests deeper than {limits.MaxNesting} levels", "MaxNesting");
        }
        catch (GraphQLParserException)
        {
            return DocumentCheck.SyntaxError;
        }

        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToList();
        if (fragments.Count > limits.MaxFragments)
        {
            return Refuse($"The document defines more than {limits.MaxFragments} fragments", "MaxFragments");
        }

        var counter = new SizeCounter(fragments);
        var total = default(Size);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            total += counter.Of(operation.SelectionSet);
            if (total.Fields > limits.MaxFields)
            {
                return Refuse($"The document selects more than {limits.MaxFields} fields (fragments expanded)", "MaxFields");
            }

            if (total.Aliases > limits.MaxAliases)
            {
                return Refuse($"The document has more than {limits.MaxAliases} aliases (fragments expanded)", "MaxAliases");
            }
        }

        return new DocumentCheck(document, null);
    }

    private static DocumentCheck Refuse(string what, string setting) =>
        new(null, $"{what} (Hub:GraphQL:Limits:Document:{setting}); split it into smaller requests.");

    /// <summary>Fields and aliases of a selection set; saturates instead of overflowing.</summary>
    private readonly record struct Size(long Fields, long Aliases)
    {
        private const long Cap = long.MaxValue / 4;

        public static Size operator +(Size a, Size b) =>
            new(Math.Min(Cap, a.Fields + b.Fields), Math.Min(Cap, a.Aliases + b.Aliases));
    }

    /// <summary>Counts selection sets with spreads expanded; each fragment once (memoised), a cycle counts nothing (validation reports it).</summary>
    private sealed class SizeCounter(List<GraphQLFragmentDefinition> fragments)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _byName = fragments
            .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        private readonly Dictionary<string, Size> _sizes = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visiting = new(StringComparer.Ordinal);

        public Size Of(GraphQLSelectionSet? set)
        {
            var size = default(Size);
            if (set is null)
            {
                return size;
            }

            foreach (var selection in set.Selections)
            {
                size += selection switch
                {
                    GraphQLField field => new Size(1, field.Alias is null ? 0 : 1) + Of(field.SelectionSet),
                    GraphQLInlineFragment inline => Of(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                    _ => default,
                };
            }

            return size;
        }

        private Size Fragment(string name)
        {
            if (_sizes.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!_byName.TryGetValue(name, out var fragment) || !_visiting.Add(name))
            {
                return default;
            }

            var size = Of(fragment.SelectionSet);
            _visiting.Remove(name);
            _sizes[name] = size;
            return size;
        }
    }
}

/// <summary>The outcome of <see cref="DocumentGuard.Check"/>: a parsed document, a refusal, or neither (a syntax error).</summary>
/// <param name="Document">The parsed document, when it is within the limits.</param>
/// <param name="Refusal">Why it is refused, when it is over a limit.</param>
public sealed record DocumentCheck(GraphQLDocument? Document, string? Refusal)
{
    /// <summary>Neither parsed nor refused: the executer parses it again and reports the syntax error.</summary>
    public static readonly DocumentCheck SyntaxError = new(null, null);
}
