namespace Inburgering.Hub.Sync.Quarantine;

/// <summary>What happened to one quarantined record on replay or discard.</summary>
/// <param name="Id">The quarantine id.</param>
/// <param name="Succeeded">Replayed into the store / discarded.</param>
/// <param name="Message">Why not, or what was done.</param>
public sealed record QuarantineOutcome(long Id, bool Succeeded, string Message);
