namespace Inburgering.Hub.Domain.Entities;

/// <summary>
/// One person. Identified only by keyed pseudonyms: never a name, address or BSN. A person known
/// only by V-nummer (COA, before a BSN) is merged into the BSN person once a record carries both.
/// </summary>
public sealed class Inburgeraar : IGemeenteScoped
{
    public long Id { get; set; }

    /// <summary>HMAC-SHA256 of the BSN; null while only a V-nummer is known.</summary>
    public string? Pseudoniem { get; set; }

    /// <summary>HMAC-SHA256 of the V-nummer, when known.</summary>
    public string? VNummerPseudoniem { get; set; }

    public int? Geboortejaar { get; set; }

    /// <summary>ISO 3166-1 alpha-3.</summary>
    public string? Herkomstland { get; set; }

    /// <summary>
    /// The gemeente currently responsible: the DUO plicht gemeente when known, else the gemeente
    /// of the latest koppeling or record. Decides who may see the person row.
    /// </summary>
    public string GemeenteCode { get; set; } = "";

    /// <summary>How authoritative <see cref="GemeenteCode"/> is: DUO plicht &gt; COA koppeling &gt; other.</summary>
    public GemeentePrioriteit GemeentePrioriteit { get; set; }

    public long FirstSeenRunId { get; set; }

    public long LastChangedRunId { get; set; }

    public List<Koppeling> Koppelingen { get; } = [];
}
