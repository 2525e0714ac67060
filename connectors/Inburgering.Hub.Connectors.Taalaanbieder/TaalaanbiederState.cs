using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inburgering.Hub.Connectors.Taalaanbieder;

/// <summary>
/// The state of the voortgang stream: per aanbieder the name of the last file applied, e.g.
/// <c>{"lastFiles":{"FIOLET":"voortgang-2023-06.csv"}}</c>, for operators. It does not decide what is
/// read: every file in the inbox is read in name order, also one whose name sorts before the last
/// (a corrected re-delivery of an older month replaces its lines); the engine recognises a document
/// by name and SHA-256 and skips a byte-identical re-delivery.
/// </summary>
internal sealed record TaalaanbiederState(
    [property: JsonPropertyName("lastFiles")] IReadOnlyDictionary<string, string> LastFiles)
{
    public static TaalaanbiederState Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Reads a state; null or empty means a first run.</summary>
    public static TaalaanbiederState Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Empty;
        }

        try
        {
            var state = JsonSerializer.Deserialize<TaalaanbiederState>(json);
            return state?.LastFiles is null
                ? throw new InvalidOperationException($"Taalaanbieder stream state '{json}' has no lastFiles.")
                : new TaalaanbiederState(new Dictionary<string, string>(state.LastFiles, StringComparer.Ordinal));
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Taalaanbieder stream state is not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>The last file applied for <paramref name="aanbieder"/>, or null.</summary>
    public string? LastFileOf(string aanbieder) => LastFiles.GetValueOrDefault(aanbieder);

    /// <summary>A copy with <paramref name="file"/> as the last file of <paramref name="aanbieder"/>.</summary>
    public TaalaanbiederState With(string aanbieder, string file) =>
        new(new Dictionary<string, string>(LastFiles, StringComparer.Ordinal) { [aanbieder] = file });

    public string ToJson() =>
        JsonSerializer.Serialize(new { lastFiles = new SortedDictionary<string, string>(LastFiles.ToDictionary(), StringComparer.Ordinal) });
}
