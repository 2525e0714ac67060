using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Inburgering.Hub.GraphQL.Introspection;

/// <summary>
/// The hub's execution of queries (one field after another, <see cref="SerialExecutionStrategy"/>)
/// that answers an introspection-only operation — every root field <c>__schema</c>, <c>__type</c> or
/// <c>__typename</c>, no variables — from a cache per schema instance (one per process and schema
/// version), keyed on the document's text and the operation name. Validation (authentication, roles,
/// complexity) still runs on every request before it; only the execution is reused. A request with
/// any data field, or with variables, executes as usual. The hub has no per-caller schema filter, so
/// every caller gets the same introspection; at most <see cref="MaxEntries"/> documents per schema are
/// kept (clients send a handful of distinct introspection queries), later ones are executed each time.
/// </summary>
public sealed class IntrospectionCachingStrategy : SerialExecutionStrategy
{
    /// <summary>How many distinct introspection documents are cached per schema.</summary>
    public const int MaxEntries = 64;

    private readonly ConditionalWeakTable<ISchema, ConcurrentDictionary<(string Document, string? Operation), object>> _cache = [];

    /// <inheritdoc />
    public override async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsIntrospectionOnly(context.Operation))
        {
            return await base.ExecuteAsync(context).ConfigureAwait(false);
        }

        var cache = _cache.GetValue(context.Schema, _ => new());
        var key = (context.Document.Source.ToString(), context.Operation.Name?.StringValue);
        if (cache.TryGetValue(key, out var data))
        {
            return new ExecutionResult
            {
                Executed = true,
                Data = data,
                Query = context.Document.Source,
                Document = context.Document,
                Operation = context.Operation,
                Extensions = context.OutputExtensions,
            };
        }

        var result = await base.ExecuteAsync(context).ConfigureAwait(false);
        if (result.Data is not null && result.Errors is not { Count: > 0 } && context.Errors.Count == 0 && cache.Count < MaxEntries)
        {
            cache.TryAdd(key, result.Data);
        }

        return result;
    }

    /// <summary>Whether <paramref name="operation"/> is a query of introspection fields only, without variables.</summary>
    internal static bool IsIntrospectionOnly(GraphQLOperationDefinition operation) =>
        operation.Operation == OperationType.Query
        && operation.Variables is not { Count: > 0 }
        && operation.SelectionSet.Selections.Count > 0
        && operation.SelectionSet.Selections.All(s => s is GraphQLField { Name.StringValue: "__schema" or "__type" or "__typename" });
}
