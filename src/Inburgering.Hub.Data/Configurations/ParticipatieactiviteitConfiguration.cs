using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class ParticipatieactiviteitConfiguration() : SourcedRecordConfiguration<Participatieactiviteit>("participatieactiviteiten")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Participatieactiviteit> builder)
    {
        // Report periods: started in [van, tot] per gemeente.
        builder.HasIndex(a => new { a.GemeenteCode, a.Startdatum });
    }
}
