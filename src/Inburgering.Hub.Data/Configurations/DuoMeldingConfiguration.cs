using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class DuoMeldingConfiguration() : SourcedRecordConfiguration<DuoMelding>("duo_meldingen")
{
    protected override void ConfigureEntity(EntityTypeBuilder<DuoMelding> builder)
    {
        // Report periods: meldingen dated in [van, tot] per gemeente (the soort is checked in the index).
        builder.HasIndex(m => new { m.GemeenteCode, m.Datum, m.Soort });

        // A person's kennisgevingen (report doelbinding: doelgroep and date per person) without reading the rows.
        builder.HasIndex(m => new { m.InburgeraarId, m.Soort, m.Wet, m.Doelgroep, m.Datum, m.IsDeleted, m.VervangenDoorSourceId, m.GemeenteCode })
            .HasDatabaseName("IX_duo_meldingen_InburgeraarId_Kennisgeving");
    }
}
