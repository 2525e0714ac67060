namespace Inburgering.Hub.Domain.Entities;

/// <summary>Participatieverklaringstraject completed at a taalaanbieder.</summary>
public sealed class Pvt : PersonFact
{
    public DateOnly AfgerondOp { get; set; }

    public string Aanbieder { get; set; } = "";
}
