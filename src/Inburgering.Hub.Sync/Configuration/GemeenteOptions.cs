namespace Inburgering.Hub.Sync.Configuration;

/// <summary>One entry of <c>Hub:Gemeenten</c>.</summary>
public sealed class GemeenteOptions
{
    public string Code { get; set; } = "";

    public string Naam { get; set; } = "";

    public string Regio { get; set; } = "";
}
