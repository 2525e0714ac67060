using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class InburgeraarConfiguration : IEntityTypeConfiguration<Inburgeraar>
{
    public void Configure(EntityTypeBuilder<Inburgeraar> builder)
    {
        builder.ToTable("inburgeraars");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Pseudoniem).HasMaxLength(64);
        builder.Property(i => i.VNummerPseudoniem).HasMaxLength(64);
        builder.Property(i => i.Herkomstland).HasMaxLength(3);
        builder.Property(i => i.GemeenteCode).HasMaxLength(6).IsRequired();

        // Its number, not its name (the convention for enums): the column is compared by order.
        builder.Property(i => i.GemeentePrioriteit).HasConversion<int>();
        builder.HasIndex(i => i.Pseudoniem).IsUnique();
        builder.HasIndex(i => i.VNummerPseudoniem).IsUnique();
        builder.HasIndex(i => i.GemeenteCode);

        // Lists of a gemeente ordered by geboortejaar read in index order and stop after the page.
        builder.HasIndex(i => new { i.GemeenteCode, i.Geboortejaar });
    }
}
