namespace Inburgering.Hub.Domain.Entities;

/// <summary>Financieel ontzorgen: WerkSaam pays fixed costs for the first months (statushouders).</summary>
public sealed class Ontzorgtraject : PersonFact
{
    public DateOnly Startdatum { get; set; }

    public DateOnly GeplandeEinddatum { get; set; }

    public DateOnly? VerlengdTot { get; set; }

    public OntzorgPost Posten { get; set; }
}
