using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inburgering.Hub.Connectors.Coa;

/// <summary>
/// The state of a COA stream: the export date (<c>yyyyMMdd</c>) of the last file applied. Stored
/// by the engine as small JSON, e.g. <c>{"lastExportDate":"20240105"}</c>.
/// </summary>
internal sealed record CoaState([property: JsonPropertyName("lastExportDate")] string LastExportDate)
{
    /// <summary>Reads a state; null or empty means a first run.</summary>
    public static CoaState? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        CoaState? state;
        try
        {
            state = JsonSerializer.Deserialize<CoaState>(json);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"COA stream state is not valid JSON: {ex.Message}", ex);
        }

        if (state is null || !IsExportDate(state.LastExportDate))
        {
            throw new InvalidOperationException($"COA stream state '{json}' has no valid lastExportDate (yyyyMMdd).");
        }

        return state;
    }

    /// <summary>Whether <paramref name="text"/> is a real date written as <c>yyyyMMdd</c>.</summary>
    public static bool IsExportDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>The state as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this);
}
