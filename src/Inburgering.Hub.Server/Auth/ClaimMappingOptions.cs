using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Reporting.Authorization;

namespace Inburgering.Hub.Server.Auth;

/// <summary>
/// Configuration <c>Hub:Auth:Claims</c>: where the hub finds a caller's roles, gemeenten and regio in the
/// tokens of its identity provider, and how the provider's values translate into the hub's
/// (<see cref="ClaimMapping"/>). Without it the hub reads its own claim names <c>role</c>,
/// <c>gemeente</c> and <c>regio</c> and takes their values as they are.
/// </summary>
public sealed class ClaimMappingOptions
{
    /// <summary>The claim that identifies the caller (audit, rate limits). Default <c>sub</c>; Entra ID: <c>oid</c>.</summary>
    public string? Subject { get; set; }

    /// <summary>The hub roles (medewerker, analist, beheerder, auditor). Default: claim <c>role</c>.</summary>
    public ClaimSourceOptions Roles { get; set; } = new();

    /// <summary>The gemeenten with row access (GMnnnn). Default: claim <c>gemeente</c>.</summary>
    public ClaimSourceOptions Gemeenten { get; set; } = new();

    /// <summary>The regio names with aggregate access (as in <c>Hub:Gemeenten:*:Regio</c>). Default: claim <c>regio</c>.</summary>
    public ClaimSourceOptions Regios { get; set; } = new();

    internal string SubjectPath => string.IsNullOrWhiteSpace(Subject) ? HubClaims.Subject : Subject.Trim();

    /// <summary>
    /// Throws <see cref="InvalidOperationException"/> with one line naming the setting when the mapping
    /// cannot work: an unreadable claim path, a table entry without a value, a role the hub does not
    /// know, a malformed gemeentecode.
    /// </summary>
    public void Validate()
    {
        Roles.Validate("Roles", v => HubRoles.All.Contains(v) ? null : $"not a hub role ({string.Join(", ", HubRoles.All.Order(StringComparer.Ordinal))})");
        Gemeenten.Validate("Gemeenten", v => GemeenteCode.IsWellFormed(v) ? null : "not a gemeentecode (GM followed by four digits)");
        Regios.Validate("Regios", _ => null);
        if (ClaimPath.TryParse(SubjectPath, out _) is { } error)
        {
            throw new InvalidOperationException($"{AuthOptions.Section}:Claims:Subject '{SubjectPath}' is not a claim path: {error}.");
        }
    }
}

/// <summary>
/// Where one kind of hub value comes from: one or more claim paths (<see cref="From"/>) and, optionally,
/// a table from the provider's values to the hub's (<see cref="Map"/>).
/// </summary>
public sealed class ClaimSourceOptions
{
    /// <summary>
    /// Claim names or JSON paths into a claim, e.g. <c>roles</c>, <c>groups</c>, <c>realm_access.roles</c>,
    /// <c>resource_access.inburgering-hub.roles</c>, <c>resource_access["hub.example.nl"].roles</c>. A value
    /// may be a string, a JSON array of strings or (with <see cref="SplitOnSpaces"/>) a space-separated string.
    /// Null or empty: the hub's own claim name.
    /// </summary>
    public IList<string>? From { get; set; }

    /// <summary>Split string values on white space (a claim such as <c>"roles": "medewerker analist"</c>).</summary>
    public bool SplitOnSpaces { get; set; }

    /// <summary>
    /// The table from provider values (group ids, group paths, app-role or attribute values) to hub values.
    /// When it has entries only the values it names count; every other value is ignored and logged.
    /// Empty: a value counts as it is, when it is a valid hub value.
    /// </summary>
    public IList<ClaimValueMapping>? Map { get; set; }

    /// <summary>
    /// With a <see cref="Map"/>: a value that is itself a valid hub value (a gemeentecode in a
    /// <c>gemeente</c> attribute beside group paths in the table) counts as it is. Default false: only the table counts.
    /// </summary>
    public bool KeepHubValues { get; set; }

    internal void Validate(string name, Func<string, string?> invalidTarget)
    {
        var prefix = $"{AuthOptions.Section}:Claims:{name}";
        foreach (var (path, i) in (From ?? []).Select((p, i) => (p, i)))
        {
            if (ClaimPath.TryParse(path, out _) is { } error)
            {
                throw new InvalidOperationException($"{prefix}:From:{i} '{path}' is not a claim path: {error}.");
            }
        }

        foreach (var (entry, i) in (Map ?? []).Select((e, i) => (e, i)))
        {
            if (string.IsNullOrWhiteSpace(entry.Value))
            {
                throw new InvalidOperationException($"{prefix}:Map:{i}:Value is empty: name the provider's value (a group id, role or attribute value).");
            }

            var targets = entry.Targets;
            if (targets.Count == 0)
            {
                throw new InvalidOperationException($"{prefix}:Map:{i}:To is empty: name the hub value(s) for '{entry.Value}'.");
            }

            foreach (var target in targets)
            {
                if (invalidTarget(target) is { } why)
                {
                    throw new InvalidOperationException($"{prefix}:Map:{i}:To names '{target}' for '{entry.Value}': {why}.");
                }
            }
        }
    }
}

/// <summary>One entry of a claim value table: the provider's <see cref="Value"/> gives the hub value(s) <see cref="To"/>.</summary>
public sealed class ClaimValueMapping
{
    /// <summary>The provider's value, compared case-insensitively (group ids, app-role values, group paths).</summary>
    public string? Value { get; set; }

    /// <summary>One hub value, or several separated by commas (e.g. all gemeenten of a beheerders group).</summary>
    public string? To { get; set; }

    internal IReadOnlyList<string> Targets =>
        [.. (To ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
