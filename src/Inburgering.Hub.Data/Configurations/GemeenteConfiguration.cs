using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class GemeenteConfiguration : IEntityTypeConfiguration<Gemeente>
{
    public void Configure(EntityTypeBuilder<Gemeente> builder)
    {
        builder.ToTable("gemeenten");
        builder.HasKey(g => g.Code);
        builder.Property(g => g.Code).HasMaxLength(6);
        builder.Property(g => g.Naam).HasMaxLength(100).IsRequired();
        builder.Property(g => g.Regio).HasMaxLength(100).IsRequired();
    }
}
