namespace Inburgering.Hub.Domain.Entities;

/// <summary>A row that belongs to one gemeente: only callers entitled to that gemeente may see it.</summary>
public interface IGemeenteScoped
{
    /// <summary>The gemeente on this record (GMnnnn).</summary>
    string GemeenteCode { get; }
}
