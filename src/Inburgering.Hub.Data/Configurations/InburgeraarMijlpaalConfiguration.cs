using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Hub.Data.Configurations;

/// <summary>The per-person journey projection (<see cref="InburgeraarMijlpaal"/>), read by the voortgangsrapportage.</summary>
internal sealed class InburgeraarMijlpaalConfiguration : IEntityTypeConfiguration<InburgeraarMijlpaal>
{
    public void Configure(EntityTypeBuilder<InburgeraarMijlpaal> builder)
    {
        builder.ToTable("inburgeraar_mijlpalen");
        builder.Property(m => m.GemeenteCode).HasMaxLength(6);

        // A person's milestones are replaced together; a merged-away person takes its milestones with it.
        builder.HasOne<Inburgeraar>().WithMany().HasForeignKey(m => m.InburgeraarId).OnDelete(DeleteBehavior.Cascade);

        // The report reads a period of each of its gemeenten as one range of this index alone (covering):
        // gemeente first, so a report of one gemeente reads only that gemeente's milestones; the person
        // last, for the scoped report that replaces some persons' milestones by their view.
        builder.HasIndex(m => new { m.GemeenteCode, m.Datum, m.Cel, m.Sleutel, m.InburgeraarId })
            .HasDatabaseName("IX_inburgeraar_mijlpalen_Periode");
    }
}

/// <summary>The gemeenten of persons whose rows span several (<see cref="MijlpaalGemeente"/>).</summary>
internal sealed class MijlpaalGemeenteConfiguration : IEntityTypeConfiguration<MijlpaalGemeente>
{
    public void Configure(EntityTypeBuilder<MijlpaalGemeente> builder)
    {
        builder.ToTable("inburgeraar_mijlpaal_gemeenten");
        builder.HasKey(g => new { g.InburgeraarId, g.GemeenteCode });
        builder.Property(g => g.GemeenteCode).HasMaxLength(6);
        builder.HasOne<Inburgeraar>().WithMany().HasForeignKey(g => g.InburgeraarId).OnDelete(DeleteBehavior.Cascade);

        // The report looks up, per gemeente of the report, the persons that have rows elsewhere too.
        builder.HasIndex(g => new { g.GemeenteCode, g.InburgeraarId });
    }
}
