namespace Inburgering.Hub.GraphQL.Operational;

/// <summary>A connector setting; the value of a secret is never shown.</summary>
public sealed record ConnectorSettingInfo(string Key, string Description, bool Required, bool Secret, string? Value);
