using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class OntzorgtrajectConfiguration() : SourcedRecordConfiguration<Ontzorgtraject>("ontzorgtrajecten")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Ontzorgtraject> builder)
    {
        // Report periods: started in [van, tot] per gemeente.
        builder.HasIndex(o => new { o.GemeenteCode, o.Startdatum });
    }
}
