using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Paging;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>Edge of DUO meldingen.</summary>
public sealed class DuoMeldingEdgeGraphType : EdgeGraphType<DuoMeldingGraphType, DuoMelding>
{
    public DuoMeldingEdgeGraphType() => Name = "DuoMeldingEdge";
}

/// <summary>Connection of DUO meldingen.</summary>
public sealed class DuoMeldingConnectionGraphType : ConnectionGraphType<DuoMeldingGraphType, DuoMeldingEdgeGraphType, DuoMelding>
{
    public DuoMeldingConnectionGraphType() => Name = "DuoMeldingConnection";
}

/// <summary>Edge of inburgeringsplichten.</summary>
public sealed class InburgeringsplichtEdgeGraphType : EdgeGraphType<InburgeringsplichtGraphType, Inburgeringsplicht>
{
    public InburgeringsplichtEdgeGraphType() => Name = "InburgeringsplichtEdge";
}

/// <summary>Connection of inburgeringsplichten.</summary>
public sealed class InburgeringsplichtConnectionGraphType : ConnectionGraphType<InburgeringsplichtGraphType, InburgeringsplichtEdgeGraphType, Inburgeringsplicht>
{
    public InburgeringsplichtConnectionGraphType() => Name = "InburgeringsplichtConnection";
}
