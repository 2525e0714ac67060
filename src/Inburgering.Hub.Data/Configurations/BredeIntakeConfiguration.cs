using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class BredeIntakeConfiguration() : SourcedRecordConfiguration<BredeIntake>("brede_intakes")
{
    protected override void ConfigureEntity(EntityTypeBuilder<BredeIntake> builder)
    {
        // Report periods: PIP dated or ended in [van, tot] per gemeente.
        builder.HasIndex(i => new { i.GemeenteCode, i.PipDagtekening });
        builder.HasIndex(i => new { i.GemeenteCode, i.PipBeeindigdOp });
    }
}
