using System.Diagnostics;
using System.Net.Mime;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQLParser.AST;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.GraphQL.Audit;
using Inburgering.Hub.GraphQL.Authorization;
using Inburgering.Hub.Reporting.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
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
/// <see cref="AuditTrail"/>. Documents are read once per text (<see cref="DocumentCache"/>): a document that
/// passed validation skips GraphQL's specified rules on later requests, while the role rule, the argument
/// caps and the caller's depth and cost rule run on every request.
/// </summary>
public sealed class GraphQLHttpHandler(
    IDocumentExecuter<HubSchema> executer,
    IGraphQLTextSerializer serializer,
    CallerLimitsPolicy limits,
    GraphQLLimits configured,
    HubSchema schema,
    IDocumentValidator validator,
    AuditTrail audit,
    DocumentCache documents)
{
    public const string GraphQLResponseMediaType = "application/graphql-response+json";

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var started = Stopwatch.GetTimestamp();
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

        var gemeenten = http.RequestServices.GetService<ICallerScope>()?.Reach ?? [];

        // The document's size is checked on its text and syntax tree before any schema validation.
        var cached = documents.Get(request.Query);
        var check = cached.Check;
        if (check.Refusal is not null)
        {
            RecordError(http, request.OperationName, request.Query, gemeenten, started);
            Measure(http, request.OperationName, started, AuditTrail.Error, "document");
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, check.Refusal, DocumentGuard.TooLarge);
            return;
        }

        var selected = check.Document is { } parsed ? SelectedOperation(parsed, request.OperationName) : null;

        // The operation as the audit names it: the request's operationName, else the one the document names.
        var operationName = request.OperationName ?? selected?.Name?.StringValue;
        if (HttpMethods.IsGet(http.Request.Method) && selected is { Operation: not OperationType.Query })
        {
            RecordError(http, operationName, request.Query, gemeenten, started);
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.");
            return;
        }

        var callerLimits = limits.For(http.User);
        var requestTimeout = callerLimits.RequestTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(Remaining(started, requestTimeout));
        ExecutionResult result;
        try
        {
            // Depth and cost first, alone: a refused document never reaches the other validation rules.
            var (refused, complexityPassed) = check.Document is { } document && selected is not null
                ? await ComplexityFirstAsync(http, request, document, selected, callerLimits, timeout.Token)
                : (null, false);
            var validated = cached.IsValidated(selected);
            result = refused ?? await executer.ExecuteAsync(new HubExecutionOptions
            {
                // A validated document: only the rules registered for cached documents (role, argument caps)
                // are added to this empty list; null: GraphQL's specified rules and those.
                ValidationRules = validated ? [] : null,
                ComplexityPassed = complexityPassed,
                Query = request.Query,
                Document = check.Document,
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
            await TimedOutAsync(http, operationName, request.Query, gemeenten, started, requestTimeout);
            return;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away while the operation ran: it ran (in part) all the same, so it is audited.
            RecordError(http, operationName, request.Query, gemeenten, started);
            throw;
        }

        if (result.Executed && selected is not null)
        {
            documents.MarkValidated(request.Query, cached, selected);
        }

        // A query that finished over its time before the cancellation reached it is answered the same
        // way (its result is only read; a mutation's result is kept, as it took effect).
        if (Stopwatch.GetElapsedTime(started) > requestTimeout && !http.RequestAborted.IsCancellationRequested && selected is not { Operation: OperationType.Mutation })
        {
            await TimedOutAsync(http, operationName, request.Query, gemeenten, started, requestTimeout);
            return;
        }

        audit.Record(
            http.User,
            result.Operation?.Name?.StringValue ?? operationName,
            request.Query,
            gemeenten,
            result.Executed ? ExecutionRows.Count(result.Data) : 0,
            Stopwatch.GetElapsedTime(started),
            Outcome(result));
        Measure(
            http,
            result.Operation?.Name?.StringValue ?? operationName,
            started,
            Outcome(result),
            result.Errors?.Any(e => e.Code == "COMPLEXITY") == true ? "complexity" : null);

        var modern = PrefersGraphQLResponse(http.Request);
        http.Response.StatusCode = result.Executed || !modern ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        http.Response.ContentType = (modern ? GraphQLResponseMediaType : MediaTypeNames.Application.Json) + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>The request's time left: the timeout counts from the moment the request arrived, so reading and parsing are inside it.</summary>
    private static TimeSpan Remaining(long started, TimeSpan requestTimeout)
    {
        var left = requestTimeout - Stopwatch.GetElapsedTime(started);
        return left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1);
    }

    /// <summary>
    /// Runs only the caller's depth and cost rule (<see cref="CallerComplexityRule"/>) on the parsed
    /// document; returns the refusal (<c>COMPLEXITY</c>), or null to go on with the validation and execution,
    /// with whether the rule passed (then the executer's validation need not run it again; false when the
    /// analysis could not read the document, which the full validation then reports).
    /// </summary>
    private async Task<(ExecutionResult? Refused, bool Passed)> ComplexityFirstAsync(
        HttpContext http, GraphQLRequest request, GraphQLDocument document, GraphQLOperationDefinition operation, EffectiveLimits callerLimits, CancellationToken cancellationToken)
    {
        schema.Initialize();
        IValidationResult validation;
        try
        {
            validation = await validator.ValidateAsync(new ValidationOptions
            {
                Schema = schema,
                Document = document,
                Operation = operation,
                Rules = [CallerComplexityRule.For(callerLimits)],
                Variables = request.Variables ?? Inputs.Empty,
                Extensions = request.Extensions ?? Inputs.Empty,
                UserContext = new Dictionary<string, object?>(),
                Metrics = global::GraphQL.Instrumentation.Metrics.None,
                RequestServices = http.RequestServices,
                User = http.User,
                CancellationToken = cancellationToken,
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (null, false); // a document the analysis cannot read (unknown fields, bad variables): the full validation reports it
        }

        var complexity = validation.Errors.Where(e => e.Code == "COMPLEXITY").ToList();
        return complexity.Count == 0 ? (null, validation.IsValid) : (new ExecutionResult { Errors = [.. complexity], Executed = false }, false);
    }

    /// <summary>Audits a request that returned no rows because it was refused, timed out or abandoned.</summary>
    private void RecordError(HttpContext http, string? operationName, string query, IReadOnlyList<string> gemeenten, long started) =>
        audit.Record(http.User, operationName, query, gemeenten, 0, Stopwatch.GetElapsedTime(started), AuditTrail.Error);

    private async Task TimedOutAsync(HttpContext http, string? operationName, string query, IReadOnlyList<string> gemeenten, long started, TimeSpan requestTimeout)
    {
        RecordError(http, operationName, query, gemeenten, started);
        Measure(http, operationName, started, AuditTrail.Error, "timeout");
        await WriteErrorAsync(
            http,
            StatusCodes.Status504GatewayTimeout,
            $"The request ran longer than {requestTimeout.TotalSeconds:0.###} s (Hub:GraphQL:Limits:RequestTimeout, per role Hub:GraphQL:Limits:Roles:{{role}}:RequestTimeout) and was cancelled; ask for less (smaller pages, fewer relations).",
            "REQUEST_TIMEOUT");
    }

    /// <summary>The request's metrics and span tags (<see cref="Sync.Telemetry.HubTelemetry.GraphQLRequest"/>), and the guard it tripped, if any.</summary>
    private static void Measure(HttpContext http, string? operationName, long started, string outcome, string? guard)
    {
        var roles = string.Join(',', http.User.FindAll("role").Select(c => c.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Sync.Telemetry.HubTelemetry.GraphQLRequest(http.Items, operationName, roles, Stopwatch.GetElapsedTime(started), outcome);
        if (guard is not null)
        {
            Sync.Telemetry.HubTelemetry.GuardTrip(guard);
        }
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

        var maxBody = configured.Document.MaxRequestBytes;
        if (http.Request.ContentLength > maxBody)
        {
            return await Fail(http, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBody} bytes (Hub:GraphQL:Limits:Document:MaxRequestBytes).", DocumentGuard.TooLarge);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maxBody;
        }

        try
        {
            return await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted)
                ?? await Fail(http, StatusCodes.Status400BadRequest, "The body is empty.");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return await Fail(http, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBody} bytes (Hub:GraphQL:Limits:Document:MaxRequestBytes).", DocumentGuard.TooLarge);
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

    /// <summary>The operation the request selects, or null when the selection is ambiguous.</summary>
    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(operationName)
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
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

    private async Task<GraphQLRequest?> Fail(HttpContext http, int status, string message, string? code = null)
    {
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "GET, POST";
        }

        await WriteErrorAsync(http, status, message, code);
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
