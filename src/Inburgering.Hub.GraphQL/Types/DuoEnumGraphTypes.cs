using Inburgering.Hub.Domain;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>DUO doelgroep: ASIELSTATUSHOUDER, GEZINSMIGRANT, OVERIGE_MIGRANT.</summary>
public sealed class DoelgroepGraphType : CodeListEnumGraphType<Doelgroep>
{
    public DoelgroepGraphType() => Name = "Doelgroep";
}

/// <summary>The inburgering law: WI2021 or WI2013.</summary>
public sealed class WetGraphType : CodeListEnumGraphType<Wet>
{
    public WetGraphType() => Name = "Wet";
}

/// <summary>Status of an inburgeringsplicht.</summary>
public sealed class PlichtStatusGraphType : CodeListEnumGraphType<PlichtStatus>
{
    public PlichtStatusGraphType() => Name = "PlichtStatus";
}

/// <summary>Soort of a DUO melding.</summary>
public sealed class MeldingSoortGraphType : CodeListEnumGraphType<MeldingSoort>
{
    public MeldingSoortGraphType() => Name = "MeldingSoort";
}

/// <summary>Onderdeel of the inburgeringsexamen.</summary>
public sealed class ExamenOnderdeelGraphType : CodeListEnumGraphType<ExamenOnderdeel>
{
    public ExamenOnderdeelGraphType() => Name = "ExamenOnderdeel";
}

/// <summary>Outcome of an examenonderdeel.</summary>
public sealed class ExamenResultaatGraphType : CodeListEnumGraphType<ExamenResultaat>
{
    public ExamenResultaatGraphType() => Name = "ExamenResultaat";
}

/// <summary>Why DUO ended an inburgeringsplicht.</summary>
public sealed class BeeindigingRedenGraphType : CodeListEnumGraphType<BeeindigingReden>
{
    public BeeindigingRedenGraphType() => Name = "BeeindigingReden";
}
