namespace Inburgering.Hub.Domain;

/// <summary>The inburgering law a plicht falls under; only WI2021 is in this hub's doelbinding.</summary>
public enum Wet
{
    Wi2021,
    Wi2013,
}
