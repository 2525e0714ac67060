using System.Diagnostics;
using System.Globalization;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.GraphQL.Authorization;
using Inburgering.Hub.Reporting;
using Inburgering.Hub.Reporting.Audit;
using Inburgering.Hub.Reporting.Authorization;

namespace Inburgering.Hub.Server.Reports;

/// <summary>
/// <c>GET /export/voortgangsrapportage.csv?van=yyyy-MM-dd&amp;tot=yyyy-MM-dd[&amp;gemeente=GMnnnn…]</c>:
/// the same report, authorization and caller scope as the GraphQL field. 401 without a token,
/// 403 without role analist or medewerker or for a gemeente outside the caller's claims, 400 for a
/// bad period or unknown gemeente. An analist with a <c>regio</c> claim gets the region's other
/// gemeenten perturbed by the cell-key method, as in GraphQL. Every request that reaches the handler is audited.
/// </summary>
public static class VoortgangsrapportageExport
{
    public const string Path = "/export/voortgangsrapportage.csv";

    public static IEndpointConventionBuilder MapVoortgangsrapportageExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, HandleAsync).RequireAuthorization().WithDisplayName("Voortgangsrapportage CSV");

    public const string AuditOperation = "export voortgangsrapportage.csv";

    private static async Task<IResult> HandleAsync(HttpContext http, AggregateStore store, VoortgangsrapportageService service, AuditTrail audit)
    {
        var started = Stopwatch.GetTimestamp();
        var asked = http.Request.Query["gemeente"].OfType<string>().ToList();
        var rows = 0;
        var result = await ExportAsync(http, store, service, r => rows = r);
        var outcome = result is IStatusCodeHttpResult { StatusCode: { } code } && code >= 400
            ? code == StatusCodes.Status403Forbidden ? AuditTrail.Forbidden : AuditTrail.Error
            : AuditTrail.Ok;
        audit.Record(
            http.User,
            AuditOperation,
            http.Request.Path + http.Request.QueryString,
            asked.Count > 0 ? asked : store.Caller.Reach,
            rows,
            Stopwatch.GetElapsedTime(started),
            outcome);
        return result;
    }

    private static async Task<IResult> ExportAsync(HttpContext http, AggregateStore store, VoortgangsrapportageService service, Action<int> rows)
    {
        if (!http.User.IsInRole(HubRoles.Analist) && !http.User.IsInRole(HubRoles.Medewerker))
        {
            return Problem(StatusCodes.Status403Forbidden, RoleAuthorizationRule.Forbidden, "The export requires role analist or medewerker.");
        }

        var q = http.Request.Query;
        if (!TryDate(q["van"], out var van) || !TryDate(q["tot"], out var tot))
        {
            return Problem(StatusCodes.Status400BadRequest, "INVALID_PERIOD", "van and tot are required, as yyyy-MM-dd.");
        }

        try
        {
            var report = await service.ComputeAsync(store.Db, van, tot, [.. q["gemeente"].OfType<string>()], http.RequestAborted);
            var csv = VoortgangsrapportageCsv.Write(report);
            rows(Math.Max(0, csv.Count(ch => ch == '\n') - 1));
            http.Response.Headers.ContentDisposition = FileName(van, tot);
            return Results.Text(csv, "text/csv; charset=utf-8");
        }
        catch (ReportException ex)
        {
            var status = ex.Code == ReportException.ForbiddenGemeente ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            return Problem(status, ex.Code, ex.Message);
        }
    }

    /// <summary><c>attachment; filename="voortgangsrapportage_2022-01-01_2023-07-01.csv"</c>: a browser saves the file instead of showing it.</summary>
    internal static string FileName(DateOnly van, DateOnly tot) =>
        string.Create(CultureInfo.InvariantCulture, $"attachment; filename=\"voortgangsrapportage_{van:yyyy-MM-dd}_{tot:yyyy-MM-dd}.csv\"");

    private static bool TryDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static IResult Problem(int status, string code, string detail) =>
        Results.Problem(detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });
}
