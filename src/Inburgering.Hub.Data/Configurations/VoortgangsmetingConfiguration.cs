using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class VoortgangsmetingConfiguration() : SourcedRecordConfiguration<Voortgangsmeting>("voortgangsmetingen");
