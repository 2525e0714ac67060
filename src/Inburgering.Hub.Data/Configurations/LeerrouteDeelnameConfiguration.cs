using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class LeerrouteDeelnameConfiguration() : SourcedRecordConfiguration<LeerrouteDeelname>("leerroute_deelnames")
{
    protected override void ConfigureEntity(EntityTypeBuilder<LeerrouteDeelname> builder)
    {
        builder.HasMany(d => d.Voortgangsmetingen)
            .WithOne(v => v.LeerrouteDeelname)
            .HasForeignKey(v => v.LeerrouteDeelnameId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
