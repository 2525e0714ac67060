namespace Inburgering.Hub.Server.Auth;

/// <summary>
/// The keys committed in <c>appsettings.Development.json</c>. They are public, so outside Development
/// the hub refuses to start with either of them (<see cref="Hosting.HubSecrets.Validate"/>).
/// </summary>
public static class DevelopmentKeys
{
    /// <summary>The committed <c>Hub:Auth:SigningKey</c>.</summary>
    public const string SigningKey = "dev-only-signing-key-inburgering-hub-not-for-production-use-0001";

    /// <summary>The committed <c>Hub:Pseudonymisation:Key</c>.</summary>
    public const string PseudonymisationKey = "dev-only-pseudonymisation-key-inburgering-hub-not-a-secret";

    /// <summary>True for a committed development key (whitespace around it ignored).</summary>
    public static bool IsDevelopmentKey(string? key) =>
        key?.Trim() is SigningKey or PseudonymisationKey;
}
