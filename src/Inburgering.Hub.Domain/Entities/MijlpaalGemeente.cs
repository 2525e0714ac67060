namespace Inburgering.Hub.Domain.Entities;

/// <summary>
/// A gemeente one of a person's rows is in, kept (table <c>inburgeraar_mijlpaal_gemeenten</c>) only for the
/// persons whose rows the journey projection derives from span more than one gemeente: for them a caller
/// who sees some of those gemeenten but not all sees other milestones than the projection's (the
/// doelbinding and the KPI conditions see only the caller's rows), so the report derives theirs in the
/// caller's view. Kept with the projection, in the same transaction.
/// </summary>
public sealed class MijlpaalGemeente : IGemeenteScoped
{
    public long InburgeraarId { get; set; }

    /// <summary>GMnnnn.</summary>
    public string GemeenteCode { get; set; } = "";
}
