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
        builder.Property(m => m.Rij).HasMaxLength(60);

        // A person's milestones are replaced together; a merged-away person takes its milestones with it.
        builder.HasOne<Inburgeraar>().WithMany().HasForeignKey(m => m.InburgeraarId).OnDelete(DeleteBehavior.Cascade);

        // The report reads a period of all its gemeenten from this index alone (covering).
        builder.HasIndex(m => new { m.Datum, m.GemeenteCode, m.Rij, m.Groep, m.Leerroute, m.Soort, m.Sleutel })
            .HasDatabaseName("IX_inburgeraar_mijlpalen_Periode");
    }
}
