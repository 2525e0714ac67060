using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Paging;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>Edge of inburgeraars.</summary>
public sealed class InburgeraarEdgeGraphType : EdgeGraphType<InburgeraarGraphType, Inburgeraar>
{
    public InburgeraarEdgeGraphType() => Name = "InburgeraarEdge";
}

/// <summary>Connection of inburgeraars.</summary>
public sealed class InburgeraarConnectionGraphType : ConnectionGraphType<InburgeraarGraphType, InburgeraarEdgeGraphType, Inburgeraar>
{
    public InburgeraarConnectionGraphType() => Name = "InburgeraarConnection";
}

/// <summary>Edge of koppelingen.</summary>
public sealed class KoppelingEdgeGraphType : EdgeGraphType<KoppelingGraphType, Koppeling>
{
    public KoppelingEdgeGraphType() => Name = "KoppelingEdge";
}

/// <summary>Connection of koppelingen.</summary>
public sealed class KoppelingConnectionGraphType : ConnectionGraphType<KoppelingGraphType, KoppelingEdgeGraphType, Koppeling>
{
    public KoppelingConnectionGraphType() => Name = "KoppelingConnection";
}

/// <summary>Edge of taakstellingen.</summary>
public sealed class TaakstellingEdgeGraphType : EdgeGraphType<TaakstellingGraphType, Taakstelling>
{
    public TaakstellingEdgeGraphType() => Name = "TaakstellingEdge";
}

/// <summary>Connection of taakstellingen.</summary>
public sealed class TaakstellingConnectionGraphType : ConnectionGraphType<TaakstellingGraphType, TaakstellingEdgeGraphType, Taakstelling>
{
    public TaakstellingConnectionGraphType() => Name = "TaakstellingConnection";
}
