using System.Diagnostics;
using System.Net.Mime;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.GraphQL.Audit;
using Inburgering.Hub.GraphQL.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Inburgering.Hub.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (graphql.github.io/graphql-over-http): POST with a JSON body, or GET with the
/// query in the URL for queries only. Answers <c>application/graphql-response+json</c> (to a client
/// that accepts it first) with 400 for requests that fail to parse or validate; <c>application/json</c>
/// (a client that accepts it, <c>*/*</c>, or sends no <c>Accept</c>) always with 200 once the request
/// was well-formed. 405 for other methods and for mutations over GET, 415 for a body that is not JSON,
/// 400 for a body or query string that is not a GraphQL request. Every executed (or rejected-by-validation) operation is queued on the
/// <see cref="AuditTrail"/>.
/// </summary>
public sealed class GraphQLHttpHandler(IDocumentExecuter<HubSchema> executer, IGraphQLTextSerializer serializer, CallerLimitsPolicy limits, AuditTrail audit)
{
    public const string GraphQLResponseMediaType = "application/graphql-response+json";

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        GraphQLRequest? request;
        if (HttpMethods.IsPost(http.Request.Method))
        {
            request = await ReadPostAsync(http);
        }
        else if (HttpMethods.IsGet(http.Request.Method))
        {
            request = await ReadGetAsync(http);
        }
        else
        {
            request = await Fail(http, StatusCodes.Status405MethodNotAllowed, "Use GET (queries) or POST.");
        }

        if (request is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(request.Query))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "The request has no 'query'.");
            return;
        }

        if (HttpMethods.IsGet(http.Request.Method) && IsMutation(request))
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.");
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var gemeenten = http.RequestServices.GetService<ICallerScope>()?.Reach ?? [];
        var requestTimeout = limits.For(http.User).RequestTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(requestTimeout);
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                CancellationToken = timeout.Token,
            });
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            await TimedOutAsync(http, request.OperationName, request.Query, gemeenten, started, requestTimeout);
            return;
        }

        // A query that finished over its time before the cancellation reached it is answered the same
        // way (its result is only read; a mutation's result is kept, as it took effect).
        if (Stopwatch.GetElapsedTime(started) > requestTimeout && !http.RequestAborted.IsCancellationRequested && !IsMutation(request))
        {
            await TimedOutAsync(http, request.OperationName, request.Query, gemeenten, started, requestTimeout);
            return;
        }

        audit.Record(
            http.User,
            result.Operation?.Name?.StringValue ?? request.OperationName ?? SelectedOperation(request)?.Name?.StringValue,
            request.Query,
            gemeenten,
            result.Executed ? ExecutionRows.Count(result.Data) : 0,
            Stopwatch.GetElapsedTime(started),
            Outcome(result));

        var modern = PrefersGraphQLResponse(http.Request);
        http.Response.StatusCode = result.Executed || !modern ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        http.Response.ContentType = (modern ? GraphQLResponseMediaType : MediaTypeNames.Application.Json) + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private async Task TimedOutAsync(HttpContext http, string? operationName, string query, IReadOnlyList<string> gemeenten, long started, TimeSpan requestTimeout)
    {
        audit.Record(http.User, operationName, query, gemeenten, 0, Stopwatch.GetElapsedTime(started), AuditTrail.Error);
        await WriteErrorAsync(
            http,
            StatusCodes.Status504GatewayTimeout,
            $"The request ran longer than {requestTimeout.TotalSeconds:0.###} s (Hub:GraphQL:Limits:RequestTimeout, per role Hub:GraphQL:Limits:Roles:{{role}}:RequestTimeout) and was cancelled; ask for less (smaller pages, fewer relations).",
            "REQUEST_TIMEOUT");
    }

    private static string Outcome(ExecutionResult result) =>
        result.Errors?.Any(e => e.Code == RoleAuthorizationRule.Forbidden) == true ? AuditTrail.Forbidden
        : result.Errors is { Count: > 0 } || !result.Executed ? AuditTrail.Error
        : AuditTrail.Ok;

    private async Task<GraphQLRequest?> ReadPostAsync(HttpContext http)
    {
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type)
            || !(type.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase)
                || type.MediaType.Equals(GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase)))
        {
            await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, "POST a body of Content-Type application/json.");
            return null;
        }

        try
        {
            return await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted)
                ?? await Fail(http, StatusCodes.Status400BadRequest, "The body is empty.");
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return await Fail(http, StatusCodes.Status400BadRequest, "The body is not a GraphQL request in JSON: " + ex.Message);
        }
    }

    private async Task<GraphQLRequest?> ReadGetAsync(HttpContext http)
    {
        var q = http.Request.Query;
        try
        {
            return new GraphQLRequest
            {
                Query = q["query"].ToString(),
                OperationName = q.TryGetValue("operationName", out var op) ? op.ToString() : null,
                Variables = q.TryGetValue("variables", out var v) && v.Count > 0 ? serializer.Deserialize<Inputs>(v.ToString()) : null,
                Extensions = q.TryGetValue("extensions", out var e) && e.Count > 0 ? serializer.Deserialize<Inputs>(e.ToString()) : null,
            };
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return await Fail(http, StatusCodes.Status400BadRequest, "'variables' or 'extensions' is not JSON: " + ex.Message);
        }
    }

    private static bool IsMutation(GraphQLRequest request) =>
        SelectedOperation(request) is { } selected && selected.Operation != OperationType.Query;

    /// <summary>The operation the request selects, or null when the document does not parse or the selection is ambiguous.</summary>
    private static GraphQLOperationDefinition? SelectedOperation(GraphQLRequest request)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(request.Query!);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null; // the executer reports the syntax error with 400
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(request.OperationName)
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
    }

    /// <summary>
    /// Whether to answer <c>application/graphql-response+json</c>: when it is the first acceptable type
    /// of the client's <c>Accept</c> (highest quality first, then in the order given). A client that
    /// prefers <c>application/json</c>, <c>application/*</c> or <c>*/*</c>, sends no <c>Accept</c>, or
    /// accepts neither gets <c>application/json</c> (GraphQL over HTTP, "Accept" and "Legacy Watershed";
    /// the SHOULDs of audits 47DE and 80D8 of graphql-http's <c>auditServer</c>).
    /// </summary>
    private static bool PrefersGraphQLResponse(HttpRequest request)
    {
        foreach (var a in request.GetTypedHeaders().Accept.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1))
        {
            if (a.MediaType.Equals(GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (a.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase) || a.MediaType == "*/*" || a.MediaType == "application/*")
            {
                return false;
            }
        }

        return false;
    }

    private async Task<GraphQLRequest?> Fail(HttpContext http, int status, string message)
    {
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "GET, POST";
        }

        await WriteErrorAsync(http, status, message);
        return null;
    }

    private async Task WriteErrorAsync(HttpContext http, int status, string message, string? code = null)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = (PrefersGraphQLResponse(http.Request) ? GraphQLResponseMediaType : MediaTypeNames.Application.Json) + "; charset=utf-8";
        var error = new ExecutionError(message);
        if (code is not null)
        {
            error.Code = code;
        }

        await serializer.WriteAsync(http.Response.Body, new ExecutionResult(error), http.RequestAborted);
    }
}
