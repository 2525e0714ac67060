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

        // Report periods: started or ended in [van, tot] per gemeente.
        builder.HasIndex(d => new { d.GemeenteCode, d.Startdatum });
        builder.HasIndex(d => new { d.GemeenteCode, d.Einddatum });

        // A person's deelnames of a route started in a period, from the index alone (list filters such as
        // inburgeraars(where: { leerrouteDeelnames: { some: { leerroute, startdatum } } })).
        builder.HasIndex(d => new { d.InburgeraarId, d.Leerroute, d.Startdatum });
    }
}
