using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Paging;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>Edge of leerroute-deelnames.</summary>
public sealed class LeerrouteDeelnameEdgeGraphType : EdgeGraphType<LeerrouteDeelnameGraphType, LeerrouteDeelname>
{
    public LeerrouteDeelnameEdgeGraphType() => Name = "LeerrouteDeelnameEdge";
}

/// <summary>Connection of leerroute-deelnames.</summary>
public sealed class LeerrouteDeelnameConnectionGraphType : ConnectionGraphType<LeerrouteDeelnameGraphType, LeerrouteDeelnameEdgeGraphType, LeerrouteDeelname>
{
    public LeerrouteDeelnameConnectionGraphType() => Name = "LeerrouteDeelnameConnection";
}

/// <summary>Edge of voortgangsmetingen.</summary>
public sealed class VoortgangsmetingEdgeGraphType : EdgeGraphType<VoortgangsmetingGraphType, Voortgangsmeting>
{
    public VoortgangsmetingEdgeGraphType() => Name = "VoortgangsmetingEdge";
}

/// <summary>Connection of voortgangsmetingen.</summary>
public sealed class VoortgangsmetingConnectionGraphType : ConnectionGraphType<VoortgangsmetingGraphType, VoortgangsmetingEdgeGraphType, Voortgangsmeting>
{
    public VoortgangsmetingConnectionGraphType() => Name = "VoortgangsmetingConnection";
}
