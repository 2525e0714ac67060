using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Values;
using Riok.Mapperly.Abstractions;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>
/// Source-generated mappings from a taalaanbieder <see cref="VoortgangRecord"/> to its three canonical
/// entities. Codes are translated by <see cref="CodeList{TEnum}"/>; records reach this mapper only
/// after their codes were validated.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class TaalaanbiederMapper
{
    [MapperIgnoreTarget(nameof(LeerrouteDeelname.Id))]
    [MapperIgnoreTarget(nameof(LeerrouteDeelname.InburgeraarId))]
    [MapperIgnoreTarget(nameof(LeerrouteDeelname.Inburgeraar))]
    [MapperIgnoreTarget(nameof(LeerrouteDeelname.Voortgangsmetingen))]
    [MapperIgnoreTarget(nameof(LeerrouteDeelname.SourceConnector))]
    [MapperIgnoreTarget(nameof(LeerrouteDeelname.SourceStream))]
    [MapperIgnoreTarget(nameof(LeerrouteDeelname.SourceId))]
    [MapperIgnoreTarget(nameof(LeerrouteDeelname.ContentHash))]
    [MapperIgnoreTarget(nameof(LeerrouteDeelname.FirstSeenRunId))]
    [MapperIgnoreTarget(nameof(LeerrouteDeelname.LastChangedRunId))]
    [MapperIgnoreTarget(nameof(LeerrouteDeelname.SourceFileId))]
    [MapperIgnoreTarget(nameof(LeerrouteDeelname.SourceLocation))]
    [MapperIgnoreTarget(nameof(LeerrouteDeelname.LastSeenFileId))]
    [MapperIgnoreTarget(nameof(LeerrouteDeelname.IsDeleted))]
    [MapperIgnoreTarget(nameof(LeerrouteDeelname.DeletedRunId))]
    [MapProperty(nameof(VoortgangRecord.Peildatum), nameof(LeerrouteDeelname.LaatstePeildatum))]
    [MapperIgnoreSource(nameof(VoortgangRecord.Person))]
    public static partial LeerrouteDeelname ToLeerrouteDeelname(VoortgangRecord record);

    [MapperIgnoreTarget(nameof(Voortgangsmeting.Id))]
    [MapperIgnoreTarget(nameof(Voortgangsmeting.InburgeraarId))]
    [MapperIgnoreTarget(nameof(Voortgangsmeting.Inburgeraar))]
    [MapperIgnoreTarget(nameof(Voortgangsmeting.LeerrouteDeelnameId))]
    [MapperIgnoreTarget(nameof(Voortgangsmeting.LeerrouteDeelname))]
    [MapperIgnoreTarget(nameof(Voortgangsmeting.SourceConnector))]
    [MapperIgnoreTarget(nameof(Voortgangsmeting.SourceStream))]
    [MapperIgnoreTarget(nameof(Voortgangsmeting.SourceId))]
    [MapperIgnoreTarget(nameof(Voortgangsmeting.ContentHash))]
    [MapperIgnoreTarget(nameof(Voortgangsmeting.FirstSeenRunId))]
    [MapperIgnoreTarget(nameof(Voortgangsmeting.LastChangedRunId))]
    [MapperIgnoreTarget(nameof(Voortgangsmeting.SourceFileId))]
    [MapperIgnoreTarget(nameof(Voortgangsmeting.SourceLocation))]
    [MapperIgnoreTarget(nameof(Voortgangsmeting.LastSeenFileId))]
    [MapperIgnoreTarget(nameof(Voortgangsmeting.IsDeleted))]
    [MapperIgnoreTarget(nameof(Voortgangsmeting.DeletedRunId))]
    [MapperIgnoreSource(nameof(VoortgangRecord.Person))]
    public static partial Voortgangsmeting ToVoortgangsmeting(VoortgangRecord record);

    [MapperIgnoreTarget(nameof(Pvt.Id))]
    [MapperIgnoreTarget(nameof(Pvt.InburgeraarId))]
    [MapperIgnoreTarget(nameof(Pvt.Inburgeraar))]
    [MapperIgnoreTarget(nameof(Pvt.SourceConnector))]
    [MapperIgnoreTarget(nameof(Pvt.SourceStream))]
    [MapperIgnoreTarget(nameof(Pvt.SourceId))]
    [MapperIgnoreTarget(nameof(Pvt.ContentHash))]
    [MapperIgnoreTarget(nameof(Pvt.FirstSeenRunId))]
    [MapperIgnoreTarget(nameof(Pvt.LastChangedRunId))]
    [MapperIgnoreTarget(nameof(Pvt.SourceFileId))]
    [MapperIgnoreTarget(nameof(Pvt.SourceLocation))]
    [MapperIgnoreTarget(nameof(Pvt.LastSeenFileId))]
    [MapperIgnoreTarget(nameof(Pvt.IsDeleted))]
    [MapperIgnoreTarget(nameof(Pvt.DeletedRunId))]
    [MapProperty(nameof(VoortgangRecord.PvtAfgerondOp), nameof(Pvt.AfgerondOp))]
    [MapperIgnoreSource(nameof(VoortgangRecord.Person))]
    public static partial Pvt ToPvt(VoortgangRecord record);

    private static Leerroute ToLeerroute(string code) => CodeList<Leerroute>.Parse(code);

    private static DeelnameStatus ToDeelnameStatus(string code) => CodeList<DeelnameStatus>.Parse(code);

    private static Niveau? ToNiveau(string? code) => code is null ? null : CodeList<Niveau>.Parse(code);

}
