using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class BredeIntakeConfiguration() : SourcedRecordConfiguration<BredeIntake>("brede_intakes");
