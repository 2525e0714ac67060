using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Values;
using Riok.Mapperly.Abstractions;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>
/// Source-generated mappings from ingest records to canonical entities. Codes are translated by
/// <see cref="CodeList{TEnum}"/>, the single definition of every code list; records reach this
/// mapper only after their codes were validated.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class CanonicalMapper
{
    [MapperIgnoreTarget(nameof(Koppeling.Id))]
    [MapperIgnoreTarget(nameof(Koppeling.InburgeraarId))]
    [MapperIgnoreTarget(nameof(Koppeling.Inburgeraar))]
    [MapperIgnoreTarget(nameof(Koppeling.SourceConnector))]
    [MapperIgnoreTarget(nameof(Koppeling.SourceStream))]
    [MapperIgnoreTarget(nameof(Koppeling.SourceId))]
    [MapperIgnoreTarget(nameof(Koppeling.ContentHash))]
    [MapperIgnoreTarget(nameof(Koppeling.FirstSeenRunId))]
    [MapperIgnoreTarget(nameof(Koppeling.LastChangedRunId))]
    [MapperIgnoreTarget(nameof(Koppeling.SourceFileId))]
    [MapperIgnoreTarget(nameof(Koppeling.SourceLocation))]
    [MapperIgnoreTarget(nameof(Koppeling.LastSeenFileId))]
    [MapperIgnoreTarget(nameof(Koppeling.IsDeleted))]
    [MapperIgnoreTarget(nameof(Koppeling.DeletedRunId))]
    [MapperIgnoreSource(nameof(KoppelingRecord.Person))]
    [MapperIgnoreSource(nameof(KoppelingRecord.Geboortejaar))]
    [MapperIgnoreSource(nameof(KoppelingRecord.Herkomstland))]
    public static partial Koppeling ToKoppeling(KoppelingRecord record);

    [MapperIgnoreTarget(nameof(Taakstelling.Id))]
    [MapperIgnoreTarget(nameof(Taakstelling.SourceConnector))]
    [MapperIgnoreTarget(nameof(Taakstelling.SourceStream))]
    [MapperIgnoreTarget(nameof(Taakstelling.SourceId))]
    [MapperIgnoreTarget(nameof(Taakstelling.ContentHash))]
    [MapperIgnoreTarget(nameof(Taakstelling.FirstSeenRunId))]
    [MapperIgnoreTarget(nameof(Taakstelling.LastChangedRunId))]
    [MapperIgnoreTarget(nameof(Taakstelling.SourceFileId))]
    [MapperIgnoreTarget(nameof(Taakstelling.SourceLocation))]
    [MapperIgnoreTarget(nameof(Taakstelling.LastSeenFileId))]
    [MapperIgnoreTarget(nameof(Taakstelling.IsDeleted))]
    [MapperIgnoreTarget(nameof(Taakstelling.DeletedRunId))]
    [MapProperty(nameof(TaakstellingRecord.Taakstelling), nameof(Taakstelling.Aantal))]
    public static partial Taakstelling ToTaakstelling(TaakstellingRecord record);

    [MapperIgnoreTarget(nameof(Participatieactiviteit.Id))]
    [MapperIgnoreTarget(nameof(Participatieactiviteit.InburgeraarId))]
    [MapperIgnoreTarget(nameof(Participatieactiviteit.Inburgeraar))]
    [MapperIgnoreTarget(nameof(Participatieactiviteit.SourceConnector))]
    [MapperIgnoreTarget(nameof(Participatieactiviteit.SourceStream))]
    [MapperIgnoreTarget(nameof(Participatieactiviteit.SourceId))]
    [MapperIgnoreTarget(nameof(Participatieactiviteit.ContentHash))]
    [MapperIgnoreTarget(nameof(Participatieactiviteit.FirstSeenRunId))]
    [MapperIgnoreTarget(nameof(Participatieactiviteit.LastChangedRunId))]
    [MapperIgnoreTarget(nameof(Participatieactiviteit.SourceFileId))]
    [MapperIgnoreTarget(nameof(Participatieactiviteit.SourceLocation))]
    [MapperIgnoreTarget(nameof(Participatieactiviteit.LastSeenFileId))]
    [MapperIgnoreTarget(nameof(Participatieactiviteit.IsDeleted))]
    [MapperIgnoreTarget(nameof(Participatieactiviteit.DeletedRunId))]
    [MapperIgnoreSource(nameof(ParticipatieRecord.Person))]
    public static partial Participatieactiviteit ToParticipatieactiviteit(ParticipatieRecord record);

    private static Gezinsrol ToGezinsrol(string code) => CodeList<Gezinsrol>.Parse(code);

    private static Voorinburgering ToVoorinburgering(string code) => CodeList<Voorinburgering>.Parse(code);

    private static KoppelingStatus ToKoppelingStatus(string code) => CodeList<KoppelingStatus>.Parse(code);

    private static ParticipatieSoort ToParticipatieSoort(string code) => CodeList<ParticipatieSoort>.Parse(code);

}
