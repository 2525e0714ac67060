namespace Inburgering.Hub.Domain.Entities;

/// <summary>A sourced fact about one inburgeraar, recorded for one gemeente.</summary>
public abstract class PersonFact : SourcedRecord, IGemeenteScoped
{
    public long InburgeraarId { get; set; }

    public Inburgeraar? Inburgeraar { get; set; }

    public string GemeenteCode { get; set; } = "";
}
