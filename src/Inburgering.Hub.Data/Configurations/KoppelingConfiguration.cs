using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class KoppelingConfiguration() : SourcedRecordConfiguration<Koppeling>("koppelingen")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Koppeling> builder)
    {
        builder.HasOne(k => k.Inburgeraar).WithMany(i => i.Koppelingen).HasForeignKey(k => k.InburgeraarId);
        builder.Property(k => k.TaakstellingPeriode).HasMaxLength(7);

        // Report periods: housed in [van, tot] per gemeente.
        builder.HasIndex(k => new { k.GemeenteCode, k.Huisvestingsdatum });
    }
}
