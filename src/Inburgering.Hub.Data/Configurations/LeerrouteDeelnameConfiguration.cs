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

        // The other direction of the same filters: a gemeente's live deelnames of a route (started in a period),
        // with their persons, from the index alone (no table row read). A page of inburgeraars filtered on
        // leerrouteDeelnames { some: { leerroute, startdatum } } starts here and looks the persons up by key, and
        // counts its matches without reading a deelname row (measured by the bench's page, README "### Query").
        // Partial on NOT IsDeleted, the term every some/none/all filter and the caller's lists add (the text is
        // the same on SQLite and PostgreSQL, so both planners match it to the query's own term). PostgreSQL's
        // form also says Leerroute IS NOT NULL: see PostgreSqlModelCustomizer.
        builder.HasIndex(d => new { d.GemeenteCode, d.Leerroute, d.Startdatum, d.InburgeraarId }, "IX_leerroute_deelnames_Live_GemeenteCode_Leerroute_Startdatum")
            .HasFilter("NOT \"IsDeleted\"");
    }
}
