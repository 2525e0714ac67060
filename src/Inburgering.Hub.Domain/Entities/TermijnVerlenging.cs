namespace Inburgering.Hub.Domain.Entities;

/// <summary>An extension of the inburgeringstermijn (DUO TERMIJN_VERLENGD).</summary>
public sealed class TermijnVerlenging : PersonFact
{
    public DateOnly Datum { get; set; }

    public int Weken { get; set; }

    public DateOnly NieuweEinde { get; set; }

    public string? Grond { get; set; }
}
