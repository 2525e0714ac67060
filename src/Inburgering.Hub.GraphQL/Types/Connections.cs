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

/// <summary>Edge of sync runs.</summary>
public sealed class SyncRunEdgeGraphType : EdgeGraphType<Operational.SyncRunGraphType, Domain.Operational.SyncRun>
{
    public SyncRunEdgeGraphType() => Name = "SyncRunEdge";
}

/// <summary>Connection of sync runs, newest first.</summary>
public sealed class SyncRunConnectionGraphType : ConnectionGraphType<Operational.SyncRunGraphType, SyncRunEdgeGraphType, Domain.Operational.SyncRun>
{
    public SyncRunConnectionGraphType() => Name = "SyncRunConnection";
}

/// <summary>Edge of quarantined records.</summary>
public sealed class QuarantineEdgeGraphType : EdgeGraphType<Operational.QuarantineRecordGraphType, Domain.Operational.QuarantineRecord>
{
    public QuarantineEdgeGraphType() => Name = "QuarantineEdge";
}

/// <summary>Connection of quarantined records, newest first.</summary>
public sealed class QuarantineConnectionGraphType : ConnectionGraphType<Operational.QuarantineRecordGraphType, QuarantineEdgeGraphType, Domain.Operational.QuarantineRecord>
{
    public QuarantineConnectionGraphType() => Name = "QuarantineConnection";
}
