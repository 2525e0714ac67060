using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Values;
using Riok.Mapperly.Abstractions;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>
/// Source-generated mappings of the WerkSaam records (brede intake/PIP, uitkering, ontzorgtraject,
/// MAP-traject) to canonical entities. Codes are translated by <see cref="CodeList{TEnum}"/>; records
/// reach this mapper only after their writer validated the codes.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class WerkSaamMapper
{
    [MapperIgnoreTarget(nameof(BredeIntake.Id))]
    [MapperIgnoreTarget(nameof(BredeIntake.InburgeraarId))]
    [MapperIgnoreTarget(nameof(BredeIntake.Inburgeraar))]
    [MapperIgnoreTarget(nameof(BredeIntake.SourceConnector))]
    [MapperIgnoreTarget(nameof(BredeIntake.SourceStream))]
    [MapperIgnoreTarget(nameof(BredeIntake.SourceId))]
    [MapperIgnoreTarget(nameof(BredeIntake.ContentHash))]
    [MapperIgnoreTarget(nameof(BredeIntake.FirstSeenRunId))]
    [MapperIgnoreTarget(nameof(BredeIntake.LastChangedRunId))]
    [MapperIgnoreTarget(nameof(BredeIntake.SourceFileId))]
    [MapperIgnoreTarget(nameof(BredeIntake.SourceLocation))]
    [MapperIgnoreTarget(nameof(BredeIntake.LastSeenFileId))]
    [MapperIgnoreTarget(nameof(BredeIntake.IsDeleted))]
    [MapperIgnoreTarget(nameof(BredeIntake.DeletedRunId))]
    [MapperIgnoreSource(nameof(IntakeRecord.Person))]
    public static partial BredeIntake ToBredeIntake(IntakeRecord record);

    [MapperIgnoreTarget(nameof(Uitkering.Id))]
    [MapperIgnoreTarget(nameof(Uitkering.InburgeraarId))]
    [MapperIgnoreTarget(nameof(Uitkering.Inburgeraar))]
    [MapperIgnoreTarget(nameof(Uitkering.SourceConnector))]
    [MapperIgnoreTarget(nameof(Uitkering.SourceStream))]
    [MapperIgnoreTarget(nameof(Uitkering.SourceId))]
    [MapperIgnoreTarget(nameof(Uitkering.ContentHash))]
    [MapperIgnoreTarget(nameof(Uitkering.FirstSeenRunId))]
    [MapperIgnoreTarget(nameof(Uitkering.LastChangedRunId))]
    [MapperIgnoreTarget(nameof(Uitkering.SourceFileId))]
    [MapperIgnoreTarget(nameof(Uitkering.SourceLocation))]
    [MapperIgnoreTarget(nameof(Uitkering.LastSeenFileId))]
    [MapperIgnoreTarget(nameof(Uitkering.IsDeleted))]
    [MapperIgnoreTarget(nameof(Uitkering.DeletedRunId))]
    [MapperIgnoreSource(nameof(UitkeringRecord.Person))]
    public static partial Uitkering ToUitkering(UitkeringRecord record);

    [MapperIgnoreTarget(nameof(Ontzorgtraject.Id))]
    [MapperIgnoreTarget(nameof(Ontzorgtraject.InburgeraarId))]
    [MapperIgnoreTarget(nameof(Ontzorgtraject.Inburgeraar))]
    [MapperIgnoreTarget(nameof(Ontzorgtraject.SourceConnector))]
    [MapperIgnoreTarget(nameof(Ontzorgtraject.SourceStream))]
    [MapperIgnoreTarget(nameof(Ontzorgtraject.SourceId))]
    [MapperIgnoreTarget(nameof(Ontzorgtraject.ContentHash))]
    [MapperIgnoreTarget(nameof(Ontzorgtraject.FirstSeenRunId))]
    [MapperIgnoreTarget(nameof(Ontzorgtraject.LastChangedRunId))]
    [MapperIgnoreTarget(nameof(Ontzorgtraject.SourceFileId))]
    [MapperIgnoreTarget(nameof(Ontzorgtraject.SourceLocation))]
    [MapperIgnoreTarget(nameof(Ontzorgtraject.LastSeenFileId))]
    [MapperIgnoreTarget(nameof(Ontzorgtraject.IsDeleted))]
    [MapperIgnoreTarget(nameof(Ontzorgtraject.DeletedRunId))]
    [MapperIgnoreSource(nameof(OntzorgtrajectRecord.Person))]
    public static partial Ontzorgtraject ToOntzorgtraject(OntzorgtrajectRecord record);

    [MapperIgnoreTarget(nameof(MapTraject.Id))]
    [MapperIgnoreTarget(nameof(MapTraject.InburgeraarId))]
    [MapperIgnoreTarget(nameof(MapTraject.Inburgeraar))]
    [MapperIgnoreTarget(nameof(MapTraject.SourceConnector))]
    [MapperIgnoreTarget(nameof(MapTraject.SourceStream))]
    [MapperIgnoreTarget(nameof(MapTraject.SourceId))]
    [MapperIgnoreTarget(nameof(MapTraject.ContentHash))]
    [MapperIgnoreTarget(nameof(MapTraject.FirstSeenRunId))]
    [MapperIgnoreTarget(nameof(MapTraject.LastChangedRunId))]
    [MapperIgnoreTarget(nameof(MapTraject.SourceFileId))]
    [MapperIgnoreTarget(nameof(MapTraject.SourceLocation))]
    [MapperIgnoreTarget(nameof(MapTraject.LastSeenFileId))]
    [MapperIgnoreTarget(nameof(MapTraject.IsDeleted))]
    [MapperIgnoreTarget(nameof(MapTraject.DeletedRunId))]
    [MapperIgnoreSource(nameof(MapTrajectRecord.Person))]
    public static partial MapTraject ToMapTraject(MapTrajectRecord record);

    /// <summary>The list of posten as flags (the writer refused unknown posten and NONE).</summary>
    private static OntzorgPost ToOntzorgPosten(IReadOnlyList<string> posten)
    {
        var flags = OntzorgPost.None;
        foreach (var post in posten)
        {
            flags |= CodeList<OntzorgPost>.Parse(post);
        }

        return flags;
    }

    private static Leerroute ToLeerroute(string code) => CodeList<Leerroute>.Parse(code);

    private static UitkeringSoort ToUitkeringSoort(string code) => CodeList<UitkeringSoort>.Parse(code);

    private static RedenUitstroom ToRedenUitstroom(string code) => CodeList<RedenUitstroom>.Parse(code);

    private static MapResultaat ToMapResultaat(string code) => CodeList<MapResultaat>.Parse(code);

}
