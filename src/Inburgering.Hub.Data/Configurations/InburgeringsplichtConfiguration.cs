using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class InburgeringsplichtConfiguration() : SourcedRecordConfiguration<Inburgeringsplicht>("inburgeringsplichten")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Inburgeringsplicht> builder)
    {
        // Report periods: termijn einde in [van, tot] per gemeente.
        builder.HasIndex(p => new { p.GemeenteCode, p.TermijnEinde });
    }
}
