namespace Inburgering.Hub.Domain;

/// <summary>Why an uitkering ended.</summary>
public enum RedenUitstroom
{
    Werk,
    Onderwijs,
    Verhuizing,
    Overig,
}
