using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class PvtConfiguration() : SourcedRecordConfiguration<Pvt>("pvts")
{
    protected override void ConfigureEntity(EntityTypeBuilder<Pvt> builder)
    {
        // Report periods: PVT afgerond in [van, tot] per gemeente.
        builder.HasIndex(p => new { p.GemeenteCode, p.AfgerondOp });
    }
}
