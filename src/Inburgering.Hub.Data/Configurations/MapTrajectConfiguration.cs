using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class MapTrajectConfiguration() : SourcedRecordConfiguration<MapTraject>("map_trajecten")
{
    protected override void ConfigureEntity(EntityTypeBuilder<MapTraject> builder)
    {
        // Report periods: eindgesprek in [van, tot] per gemeente.
        builder.HasIndex(m => new { m.GemeenteCode, m.DatumEindgesprek });
    }
}
