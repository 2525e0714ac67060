namespace Inburgering.Hub.Connectors.Abstractions;

/// <summary>One stream of a connector.</summary>
/// <param name="Name">Stream name, unique within the connector, e.g. <c>koppelingen</c>.</param>
/// <param name="Mode">How deliveries relate to each other.</param>
/// <param name="Description">What the stream holds.</param>
public sealed record StreamDescriptor(string Name, StreamMode Mode, string Description);
