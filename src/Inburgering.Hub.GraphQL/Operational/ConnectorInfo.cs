using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Operational;

namespace Inburgering.Hub.GraphQL.Operational;

/// <summary>An installed connector as the API shows it.</summary>
public sealed record ConnectorInfo(
    ConnectorManifest Manifest,
    bool Enabled,
    string? Schedule,
    IReadOnlyList<ConnectorSettingInfo> Settings,
    bool Running,
    SyncRun? LastRun,
    DateTimeOffset? NextRun);
