namespace Inburgering.Hub.GraphQL.Paging;

/// <summary>A node with its cursor.</summary>
public sealed record Edge<T>(string Cursor, T Node);
