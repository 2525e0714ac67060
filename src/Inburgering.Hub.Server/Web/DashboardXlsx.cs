using System.Globalization;
using System.Text.Json;
using MiniExcelLibs;

namespace Inburgering.Hub.Server.Web;

/// <summary>
/// <c>POST /export/dashboard.xlsx</c>: writes what a page shows as an XLSX workbook, one sheet per section.
/// The body is the page's own tables as the API returned them
/// (<c>{"bestandsnaam":…,"bladen":[{"naam":…,"kolommen":[…],"rijen":[[…]]}]}</c>, numbers stay numbers,
/// null an empty cell); the hub reads no data for it, so the file holds exactly what the caller's
/// requests to <c>/graphql</c> returned. 400 for a body that is not such a document or exceeds the limits
/// (1 MiB, 32 sheets, 64 columns, 10,000 rows per sheet); text cells are written as text, never as formulas.
/// </summary>
internal static class DashboardXlsx
{
    public const string Path = "/export/dashboard.xlsx";
    private const int MaxBytes = 1 << 20;
    private const int MaxSheets = 32;
    private const int MaxColumns = 64;
    private const int MaxRows = 10_000;

    public static async Task<IResult> HandleAsync(HttpContext http)
    {
        if (http.Request.ContentLength is > MaxBytes)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The workbook document exceeds 1 MiB.");
        }

        JsonDocument document;
        try
        {
            using var limited = new MemoryStream();
            await http.Request.Body.CopyToAsync(limited, http.RequestAborted);
            if (limited.Length > MaxBytes)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The workbook document exceeds 1 MiB.");
            }

            document = JsonDocument.Parse(limited.ToArray());
        }
        catch (JsonException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The body is not JSON.");
        }

        using (document)
        {
            if (!TryRead(document.RootElement, out var sheets, out var name, out var error))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: error);
            }

            var output = new MemoryStream();
            await output.SaveAsAsync(sheets, printHeader: true, excelType: ExcelType.XLSX, cancellationToken: http.RequestAborted);
            output.Position = 0;
            return Results.File(output, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
        }
    }

    /// <summary>Reads the document into MiniExcel's shape: sheet name → rows of column → value.</summary>
    internal static bool TryRead(JsonElement root, out Dictionary<string, object> sheets, out string fileName, out string error)
    {
        sheets = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        fileName = "dashboard.xlsx";
        error = "";
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("bladen", out var bladen) || bladen.ValueKind != JsonValueKind.Array)
        {
            error = "Expected {\"bladen\": [{\"naam\", \"kolommen\", \"rijen\"}]}.";
            return false;
        }

        if (root.TryGetProperty("bestandsnaam", out var bestand) && bestand.ValueKind == JsonValueKind.String)
        {
            var safe = new string([.. (bestand.GetString() ?? "").Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')]);
            fileName = (safe.Length == 0 ? "dashboard" : safe[..Math.Min(safe.Length, 80)]) + ".xlsx";
        }

        if (bladen.GetArrayLength() is 0 or > MaxSheets)
        {
            error = $"Between 1 and {MaxSheets} sheets.";
            return false;
        }

        foreach (var blad in bladen.EnumerateArray())
        {
            if (!blad.TryGetProperty("naam", out var naamElement) || naamElement.ValueKind != JsonValueKind.String
                || !blad.TryGetProperty("kolommen", out var kolommen) || kolommen.ValueKind != JsonValueKind.Array
                || !blad.TryGetProperty("rijen", out var rijen) || rijen.ValueKind != JsonValueKind.Array)
            {
                error = "Every sheet needs naam (text), kolommen and rijen (arrays).";
                return false;
            }

            var columns = kolommen.EnumerateArray().Select(k => k.ValueKind == JsonValueKind.String ? k.GetString()! : k.GetRawText()).ToList();
            if (columns.Count is 0 or > MaxColumns || columns.Distinct(StringComparer.Ordinal).Count() != columns.Count || rijen.GetArrayLength() > MaxRows)
            {
                error = $"A sheet has 1 to {MaxColumns} distinct columns and at most {MaxRows} rows.";
                return false;
            }

            var rows = new List<Dictionary<string, object?>>();
            foreach (var rij in rijen.EnumerateArray())
            {
                if (rij.ValueKind != JsonValueKind.Array || rij.GetArrayLength() != columns.Count)
                {
                    error = "Every row has one value per column.";
                    return false;
                }

                var row = new Dictionary<string, object?>(StringComparer.Ordinal);
                var i = 0;
                foreach (var cell in rij.EnumerateArray())
                {
                    row[columns[i++]] = Value(cell);
                }

                rows.Add(row);
            }

            var naam = SheetName(naamElement.GetString()!, sheets.Keys);
            sheets[naam] = rows;
        }

        return true;
    }

    private static object? Value(JsonElement cell) => cell.ValueKind switch
    {
        JsonValueKind.Number when cell.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => cell.GetDouble(),
        JsonValueKind.String => cell.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => cell.GetRawText(),
    };

    /// <summary>Excel's rules: at most 31 characters, none of <c>[]:*?/\</c>, unique (case-insensitive).</summary>
    internal static string SheetName(string wanted, IEnumerable<string> taken)
    {
        var clean = new string([.. wanted.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '-' : c)]).Trim('\'', ' ');
        clean = clean.Length == 0 ? "Blad" : clean[..Math.Min(clean.Length, 31)];
        var set = taken.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var name = clean;
        for (var n = 2; set.Contains(name); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
            name = clean[..Math.Min(clean.Length, 31 - suffix.Length)] + suffix;
        }

        return name;
    }
}
