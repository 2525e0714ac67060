namespace Inburgering.Hub.Server.Tests.Authorization.Matrix;

/// <summary>A GraphQL operation (POST /graphql), or a plain GET of <see cref="GetPath"/>.</summary>
public sealed record MatrixRequest(string? Query, object? Variables = null, string? GetPath = null)
{
    public static MatrixRequest Get(string path) => new(null, null, path);
}
