using GraphQL.Types;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Values;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>
/// The leerroute with its canonical codes (<c>B1</c>, <c>ONDERWIJS</c>, <c>Z</c>): the default enum
/// naming would turn <c>B1</c> into <c>B_1</c>.
/// </summary>
public sealed class LeerrouteGraphType : EnumerationGraphType
{
    public LeerrouteGraphType()
    {
        Name = "Leerroute";
        Description = "Leerroute of the Wet inburgering 2021.";
        foreach (var leerroute in Enum.GetValues<Leerroute>())
        {
            Add(CodeList<Leerroute>.ToCode(leerroute), leerroute);
        }
    }
}
