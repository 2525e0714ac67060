namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>The configured settings of a connector instance (case-insensitive keys).</summary>
public sealed class ConnectorSettings
{
    private readonly Dictionary<string, string?> _values;

    public ConnectorSettings(IEnumerable<KeyValuePair<string, string?>> values)
    {
        _values = new Dictionary<string, string?>(values, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>No settings.</summary>
    public static ConnectorSettings Empty { get; } = new([]);

    /// <summary>All configured keys and values.</summary>
    public IReadOnlyDictionary<string, string?> Values => _values;

    /// <summary>The value of <paramref name="key"/>, or <paramref name="fallback"/> when absent or empty.</summary>
    public string? Get(string key, string? fallback = null) =>
        _values.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v : fallback;

    /// <summary>The value of <paramref name="key"/>; throws a clear error when it is missing.</summary>
    public string Require(string key) =>
        Get(key) ?? throw new ConnectorSettingsException($"Setting '{key}' is required but not configured.");

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public ConnectorSettings With(string key, string? value)
    {
        var copy = new Dictionary<string, string?>(_values, StringComparer.OrdinalIgnoreCase) { [key] = value };
        return new ConnectorSettings(copy);
    }
}
