using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class TaakstellingConfiguration() : SourcedRecordConfiguration<Taakstelling>("taakstellingen");
