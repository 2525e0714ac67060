using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class DuoMeldingConfiguration() : SourcedRecordConfiguration<DuoMelding>("duo_meldingen");
