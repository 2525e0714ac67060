namespace Inburgering.Hub.Domain.Values;

/// <summary>Keyed one-way pseudonymisation of person identifiers (HMAC-SHA256).</summary>
public interface IPseudonymizer
{
    /// <summary>Pseudonym of a BSN; the BSN must already be valid.</summary>
    string ForBsn(string bsn);

    /// <summary>Pseudonym of a V-nummer (for persons COA knows before they have a BSN).</summary>
    string ForVNummer(string vNummer);
}
