namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>Self-description of a connector.</summary>
/// <param name="Name">Unique lowercase name, used in configuration (<c>Hub:Connectors:&lt;name&gt;</c>).</param>
/// <param name="Version">Semantic version of the connector, recorded on every sync run.</param>
/// <param name="Description">One line for the <c>connectors</c> listing.</param>
/// <param name="Streams">The streams it reads.</param>
/// <param name="Settings">The settings it accepts.</param>
public sealed record ConnectorManifest(
    string Name,
    string Version,
    string Description,
    IReadOnlyList<StreamDescriptor> Streams,
    IReadOnlyList<SettingDescriptor> Settings);
