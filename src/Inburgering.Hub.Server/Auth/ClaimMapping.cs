using System.Collections.Concurrent;
using System.Security.Claims;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Reporting.Authorization;

namespace Inburgering.Hub.Server.Auth;

/// <summary>What a caller is to the hub, read from its provider's claims by <see cref="ClaimMapping"/>.</summary>
/// <param name="Subject">The caller's id (audit, rate limits); null when the token has none.</param>
/// <param name="Roles">Hub roles (<see cref="HubRoles.All"/>), distinct.</param>
/// <param name="Gemeenten">Well-formed gemeentecodes, distinct (whether the hub serves them is the caller scope's business).</param>
/// <param name="Regios">Regio names, distinct.</param>
public sealed record HubIdentity(string? Subject, IReadOnlyList<string> Roles, IReadOnlyList<string> Gemeenten, IReadOnlyList<string> Regios);

/// <summary>
/// Translates the claims of an identity provider's token (or of a browser sign-in) into the hub's own
/// claims <c>sub</c>, <c>role</c>, <c>gemeente</c> and <c>regio</c>, as configured in
/// <c>Hub:Auth:Claims</c> (<see cref="ClaimMappingOptions"/>). Values the configuration does not name —
/// an unknown group, a role of another application, a malformed gemeentecode — are ignored and logged
/// once per value, never granted. Every principal the hub authenticates goes through
/// <see cref="ToHubPrincipal"/> (<see cref="HubClaimsTransformation"/>), so <see cref="ClaimsCallerScope"/>,
/// the role checks and the audit read the same mapped claims whatever the provider calls them.
/// </summary>
public sealed partial class ClaimMapping
{
    /// <summary>
    /// The authentication type of a principal whose claims are already the hub's: <see cref="ToHubPrincipal"/>
    /// returns it unchanged. A sign-in that builds the hub's claims itself (development sign-in) uses it too.
    /// </summary>
    public const string MappedAuthenticationType = "Inburgering.Hub";

    private const int MaxLoggedValues = 1024;

    private static readonly string[] HubClaimTypes = [HubClaims.Role, HubClaims.Gemeente, HubClaims.Regio];

    private readonly Source _roles;
    private readonly Source _gemeenten;
    private readonly Source _regios;
    private readonly ClaimPath _subject;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, byte> _logged = new(StringComparer.Ordinal);

    /// <summary>Builds the mapping; <paramref name="options"/> must have passed <see cref="ClaimMappingOptions.Validate"/>.</summary>
    public ClaimMapping(ClaimMappingOptions options, ILogger<ClaimMapping> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        _subject = ClaimPath.Parse(options.SubjectPath);
        _roles = new Source("role", options.Roles, HubClaims.Role, v => HubRoles.All.Contains(v));
        _gemeenten = new Source("gemeente", options.Gemeenten, HubClaims.Gemeente, v => GemeenteCode.IsWellFormed(v));
        _regios = new Source("regio", options.Regios, HubClaims.Regio, v => v.Length > 0);
    }

    /// <summary>The hub's own claim names and values, no tables: how tokens minted by the hub itself are read.</summary>
    public static ClaimMapping Native(ILogger<ClaimMapping> logger) => new(new ClaimMappingOptions(), logger);

    /// <summary>
    /// Reads <paramref name="user"/>'s roles, gemeenten and regio; logs ignored values once per value (a
    /// value that counts for another kind read from the same claim, such as a gemeente group in
    /// <c>groups</c> beside the regio groups, is not reported as ignored).
    /// </summary>
    public HubIdentity Map(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var subject = _subject.Read(user).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
        var roles = Read(_roles, user);
        var gemeenten = Read(_gemeenten, user);
        var regios = Read(_regios, user);
        var counted = roles.Counted.Concat(gemeenten.Counted).Concat(regios.Counted).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (source, result) in new[] { (_roles, roles), (_gemeenten, gemeenten), (_regios, regios) })
        {
            foreach (var value in result.Ignored.Where(v => !counted.Contains(v)).Distinct(StringComparer.Ordinal))
            {
                if (_logged.Count < MaxLoggedValues && _logged.TryAdd(source.Kind + "\n" + value, 0))
                {
                    LogIgnored(source.Kind, value.Length > 80 ? value[..80] + "…" : value, subject, source.Describe());
                }
            }
        }

        return new HubIdentity(subject, roles.Found, gemeenten.Found, regios.Found);
    }

    /// <summary>
    /// A principal with the hub's claims: the provider's other claims (name, issuer, session id…) are kept,
    /// any claim named <c>role</c>, <c>gemeente</c> or <c>regio</c> is replaced by the mapped values, and
    /// <c>sub</c> is the configured subject. A principal of type <see cref="MappedAuthenticationType"/>
    /// and an unauthenticated one are returned as they are.
    /// </summary>
    public ClaimsPrincipal ToHubPrincipal(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || user.Identity.AuthenticationType == MappedAuthenticationType)
        {
            return user;
        }

        var hub = Map(user);
        var claims = user.Claims
            .Where(c => !HubClaimTypes.Contains(c.Type, StringComparer.Ordinal) && c.Type != HubClaims.Subject)
            .Select(c => new Claim(c.Type, c.Value, c.ValueType, c.Issuer, c.OriginalIssuer))
            .ToList();
        if (hub.Subject is not null)
        {
            claims.Add(new Claim(HubClaims.Subject, hub.Subject));
        }

        claims.AddRange(hub.Roles.Select(r => new Claim(HubClaims.Role, r)));
        claims.AddRange(hub.Gemeenten.Select(g => new Claim(HubClaims.Gemeente, g)));
        claims.AddRange(hub.Regios.Select(r => new Claim(HubClaims.Regio, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, MappedAuthenticationType, HubClaims.Subject, HubClaims.Role));
    }

    private static (List<string> Found, List<string> Ignored, List<string> Counted) Read(Source source, ClaimsPrincipal user)
    {
        var found = new List<string>();
        var ignored = new List<string>();
        var counted = new List<string>();
        foreach (var raw in source.Paths.SelectMany(p => p.Read(user)))
        {
            var values = source.SplitOnSpaces
                ? raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                : [raw.Trim()];
            foreach (var value in values.Where(v => v.Length > 0))
            {
                if (source.Table is not null && source.Table.TryGetValue(value, out var targets))
                {
                    found.AddRange(targets);
                    counted.Add(value);
                }
                else if ((source.Table is null || source.KeepHubValues) && source.IsValid(value))
                {
                    found.Add(value);
                    counted.Add(value);
                }
                else
                {
                    ignored.Add(value);
                }
            }
        }

        return ([.. found.Distinct(source.Comparer)], ignored, counted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored {Kind} value '{Value}' in the token of {Subject}: {Why} (Hub:Auth:Claims). Logged once per value.")]
    private partial void LogIgnored(string kind, string value, string? subject, string why);

    private sealed class Source
    {
        public Source(string kind, ClaimSourceOptions options, string hubClaim, Func<string, bool> isValid)
        {
            Kind = kind;
            Paths = [.. (options.From is { Count: > 0 } from ? from : [hubClaim]).Select(ClaimPath.Parse)];
            SplitOnSpaces = options.SplitOnSpaces;
            KeepHubValues = options.KeepHubValues;
            IsValid = isValid;
            Comparer = kind == "regio" ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            if (options.Map is { Count: > 0 } map)
            {
                Table = map
                    .GroupBy(e => e.Value!.Trim(), StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.SelectMany(e => e.Targets).Distinct(StringComparer.Ordinal)], StringComparer.OrdinalIgnoreCase);
            }
        }

        public string Kind { get; }

        public IReadOnlyList<ClaimPath> Paths { get; }

        public bool SplitOnSpaces { get; }

        public bool KeepHubValues { get; }

        public Func<string, bool> IsValid { get; }

        public StringComparer Comparer { get; }

        public IReadOnlyDictionary<string, IReadOnlyList<string>>? Table { get; }

        public string Describe() => Table is null
            ? $"not a valid {Kind} value"
            : $"not in the {Kind} table of {string.Join(", ", Paths)}";
    }
}
