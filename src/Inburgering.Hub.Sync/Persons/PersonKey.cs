namespace Inburgering.Hub.Sync.Persons;

/// <summary>The pseudonymised identity of a record's person (never the BSN itself).</summary>
/// <param name="BsnPseudoniem">HMAC of the BSN, when the record had one.</param>
/// <param name="VNummerPseudoniem">HMAC of the V-nummer, when the record had one.</param>
public sealed record PersonKey(string? BsnPseudoniem, string? VNummerPseudoniem);
