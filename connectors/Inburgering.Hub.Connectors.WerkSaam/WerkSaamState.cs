using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inburgering.Hub.Connectors.WerkSaam;

/// <summary>
/// The state of one stream, committed with every page:
/// <list type="bullet">
/// <item><c>watermark</c> — the highest <c>gewijzigdOp</c> of the items committed so far (pages are
/// ordered by <c>gewijzigdOp</c>, so everything at or before it is in);</item>
/// <item><c>idsAtWatermark</c> — the ids committed with exactly that <c>gewijzigdOp</c>, so a server
/// that treats <c>gewijzigdSinds</c> as inclusive does not hand them in again;</item>
/// <item><c>cursor</c> — the next page of an unfinished cursor chain, or null when the chain ended;</item>
/// <item><c>watermarkAtStart</c> — the <c>gewijzigdSinds</c> that chain started from (the cursor
/// belongs to that query).</item>
/// </list>
/// </summary>
internal sealed record WerkSaamState
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    [JsonPropertyName("watermark")]
    public DateTimeOffset? Watermark { get; init; }

    [JsonPropertyName("cursor")]
    public string? Cursor { get; init; }

    [JsonPropertyName("watermarkAtStart")]
    public DateTimeOffset? WatermarkAtStart { get; init; }

    [JsonPropertyName("idsAtWatermark")]
    public IReadOnlyList<string> IdsAtWatermark { get; init; } = [];

    /// <summary>The state of a stream that never ran.</summary>
    public static WerkSaamState Initial { get; } = new();

    /// <summary>Reads a stored state; null or empty is <see cref="Initial"/>.</summary>
    public static WerkSaamState Parse(string? state)
    {
        if (string.IsNullOrWhiteSpace(state))
        {
            return Initial;
        }

        try
        {
            return JsonSerializer.Deserialize<WerkSaamState>(state, Json) ?? Initial;
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException("The stored werksaam stream state is not valid JSON; reset the stream state to read from the start.", ex);
        }
    }

    /// <summary>The state as stored.</summary>
    public string Serialize() => JsonSerializer.Serialize(this, Json);

    /// <summary>Same watermark, ids, cursor and start.</summary>
    public bool SameAs(WerkSaamState other) =>
        Watermark == other.Watermark
        && WatermarkAtStart == other.WatermarkAtStart
        && string.Equals(Cursor, other.Cursor, StringComparison.Ordinal)
        && IdsAtWatermark.Order(StringComparer.Ordinal).SequenceEqual(other.IdsAtWatermark.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>ISO-8601 in UTC, as sent in <c>gewijzigdSinds</c>.</summary>
    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
