namespace Inburgering.Hub.Data.Scoping;

/// <summary>
/// Who is reading. The <see cref="HubDbContext"/> filters every gemeente-bound row on it, so no
/// query, resolver or export can forget authorization.
/// </summary>
public interface ICallerScope
{
    /// <summary>Only the sync engine and migrations run unrestricted; never an API caller.</summary>
    bool IsUnrestricted { get; }

    /// <summary>The gemeenten (GMnnnn) whose person-level rows the caller may see.</summary>
    IReadOnlyList<string> Gemeenten { get; }
}
