namespace Inburgering.Hub.Sync.Tests.Support;

/// <summary>BSNs for tests, chosen so the elfproef holds (or, for <see cref="Invalid"/>, fails).</summary>
internal static class TestBsns
{
    public const string A = "123456782";
    public const string B = "174681458";
    public const string C = "916146108";
    public const string D = "367418253";
    public const string E = "209494177";
    public const string F = "762984594";

    /// <summary>Nine digits that fail the elfproef.</summary>
    public const string Invalid = "565845756";

    public static IReadOnlyList<string> AllValid { get; } = [A, B, C, D, E, F];
}
