using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Values;
using Riok.Mapperly.Abstractions;

namespace Inburgering.Hub.Sync.Writers.Duo;

/// <summary>
/// Source-generated mapping from a <see cref="DuoMeldingRecord"/> to its <see cref="DuoMelding"/> row
/// (the examen flattened). Codes are translated by <see cref="CodeList{TEnum}"/>; records reach this
/// mapper only after their codes were validated.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class DuoMapper
{
    [MapperIgnoreTarget(nameof(DuoMelding.Id))]
    [MapperIgnoreTarget(nameof(DuoMelding.InburgeraarId))]
    [MapperIgnoreTarget(nameof(DuoMelding.Inburgeraar))]
    [MapperIgnoreTarget(nameof(DuoMelding.VervangenDoorSourceId))]
    [MapperIgnoreTarget(nameof(DuoMelding.SourceConnector))]
    [MapperIgnoreTarget(nameof(DuoMelding.SourceStream))]
    [MapperIgnoreTarget(nameof(DuoMelding.SourceId))]
    [MapperIgnoreTarget(nameof(DuoMelding.ContentHash))]
    [MapperIgnoreTarget(nameof(DuoMelding.FirstSeenRunId))]
    [MapperIgnoreTarget(nameof(DuoMelding.LastChangedRunId))]
    [MapperIgnoreTarget(nameof(DuoMelding.SourceFileId))]
    [MapperIgnoreTarget(nameof(DuoMelding.SourceLocation))]
    [MapperIgnoreTarget(nameof(DuoMelding.LastSeenFileId))]
    [MapperIgnoreTarget(nameof(DuoMelding.IsDeleted))]
    [MapperIgnoreTarget(nameof(DuoMelding.DeletedRunId))]
    [MapperIgnoreSource(nameof(DuoMeldingRecord.Person))]
    [MapperIgnoreSource(nameof(DuoMeldingRecord.Geboortejaar))]
    [MapProperty("Examen.Onderdeel", nameof(DuoMelding.ExamenOnderdeel))]
    [MapProperty("Examen.Niveau", nameof(DuoMelding.ExamenNiveau))]
    [MapProperty("Examen.Resultaat", nameof(DuoMelding.ExamenResultaat))]
    [MapProperty("Examen.Cijfer", nameof(DuoMelding.ExamenCijfer))]
    [MapProperty("Examen.Examendatum", nameof(DuoMelding.Examendatum))]
    public static partial DuoMelding ToDuoMelding(DuoMeldingRecord record);

    private static MeldingSoort ToMeldingSoort(string code) => Parse<MeldingSoort>(code);

    private static Wet? ToWet(string? code) => code is null ? null : Parse<Wet>(code);

    private static Doelgroep? ToDoelgroep(string? code) => code is null ? null : Parse<Doelgroep>(code);

    private static ExamenOnderdeel? ToExamenOnderdeel(string? code) => code is null ? null : Parse<ExamenOnderdeel>(code);

    private static Niveau? ToNiveau(string? code) => code is null ? null : Parse<Niveau>(code);

    private static ExamenResultaat? ToExamenResultaat(string? code) => code is null ? null : Parse<ExamenResultaat>(code);

    private static TEnum Parse<TEnum>(string code)
        where TEnum : struct, Enum =>
        CodeList<TEnum>.TryParse(code, out var value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(code), code, $"Not a {typeof(TEnum).Name} code.");
}
