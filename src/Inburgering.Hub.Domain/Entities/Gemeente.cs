namespace Inburgering.Hub.Domain.Entities;

/// <summary>A gemeente the hub serves (from configuration; mirrored into the store for joins).</summary>
public sealed class Gemeente
{
    /// <summary>CBS code, GMnnnn.</summary>
    public string Code { get; set; } = "";

    public string Naam { get; set; } = "";

    /// <summary>Region the gemeente cooperates in, e.g. <c>Westfriesland</c>.</summary>
    public string Regio { get; set; } = "";
}
