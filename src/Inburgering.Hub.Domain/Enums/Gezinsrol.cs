namespace Inburgering.Hub.Domain;

/// <summary>Role of a person in the household COA links.</summary>
public enum Gezinsrol
{
    Hoofdpersoon,
    Partner,
    Kind,
    Overig,
}
