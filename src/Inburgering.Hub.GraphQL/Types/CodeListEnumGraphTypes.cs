using GraphQL.Types;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Values;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>
/// Enum values named exactly as the code list writes them (<see cref="CodeList{TEnum}"/>), so codes
/// with digits stay whole: <c>B1</c>, <c>A0</c> (the default naming would print <c>B_1</c>).
/// </summary>
public abstract class CodeListEnumGraphType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : struct, Enum
{
    /// <inheritdoc/>
    protected override string ChangeEnumCase(string val) => CodeList<TEnum>.ToCode(Enum.Parse<TEnum>(val));
}

/// <summary>Leerroute of the Wet inburgering 2021.</summary>
public sealed class LeerrouteGraphType : CodeListEnumGraphType<Leerroute>
{
    public LeerrouteGraphType() => Name = "Leerroute";
}

/// <summary>Language level (CEFR).</summary>
public sealed class NiveauGraphType : CodeListEnumGraphType<Niveau>
{
    public NiveauGraphType() => Name = "Niveau";
}

/// <summary>Kind of participatie- or werkactiviteit.</summary>
public sealed class ParticipatieSoortGraphType : CodeListEnumGraphType<ParticipatieSoort>
{
    public ParticipatieSoortGraphType() => Name = "ParticipatieSoort";
}
