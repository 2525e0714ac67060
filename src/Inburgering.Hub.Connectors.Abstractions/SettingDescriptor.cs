namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>A setting a connector accepts.</summary>
/// <param name="Key">Configuration key below <c>Hub:Connectors:&lt;name&gt;:Settings</c>.</param>
/// <param name="Description">What it means.</param>
/// <param name="Required">Whether the connector cannot run without it.</param>
/// <param name="Secret">Secrets are never shown or logged; they come from environment or a secret store.</param>
/// <param name="Default">Literal value the engine passes when none is configured (not a description: leave null and explain in <paramref name="Description"/> when the default is derived).</param>
public sealed record SettingDescriptor(
    string Key,
    string Description,
    bool Required = false,
    bool Secret = false,
    string? Default = null);
