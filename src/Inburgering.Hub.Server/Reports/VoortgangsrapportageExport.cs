using System.Globalization;
using Inburgering.Hub.Data;
using Inburgering.Hub.GraphQL.Reports;

namespace Inburgering.Hub.Server.Reports;

/// <summary>
/// <c>GET /export/voortgangsrapportage.csv?van=yyyy-MM-dd&amp;tot=yyyy-MM-dd[&amp;gemeente=GMnnnn…]</c>:
/// the same report, authorization and caller scope as the GraphQL field. 401 without a token,
/// 403 for a gemeente outside the caller's claims, 400 for a bad period or unknown gemeente.
/// </summary>
public static class VoortgangsrapportageExport
{
    public const string Path = "/export/voortgangsrapportage.csv";

    public static IEndpointConventionBuilder MapVoortgangsrapportageExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, HandleAsync).RequireAuthorization().WithDisplayName("Voortgangsrapportage CSV");

    private static async Task<IResult> HandleAsync(HttpContext http, HubDbContext db, VoortgangsrapportageService service)
    {
        var q = http.Request.Query;
        if (!TryDate(q["van"], out var van) || !TryDate(q["tot"], out var tot))
        {
            return Problem(StatusCodes.Status400BadRequest, "INVALID_PERIOD", "van and tot are required, as yyyy-MM-dd.");
        }

        try
        {
            var report = await service.ComputeAsync(db, van, tot, [.. q["gemeente"].OfType<string>()], http.RequestAborted);
            return Results.Text(VoortgangsrapportageCsv.Write(report), "text/csv; charset=utf-8");
        }
        catch (ReportException ex)
        {
            var status = ex.Code == ReportException.ForbiddenGemeente ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            return Problem(status, ex.Code, ex.Message);
        }
    }

    private static bool TryDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static IResult Problem(int status, string code, string detail) =>
        Results.Problem(detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });
}
