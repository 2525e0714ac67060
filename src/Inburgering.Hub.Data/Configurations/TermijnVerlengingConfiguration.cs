using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class TermijnVerlengingConfiguration() : SourcedRecordConfiguration<TermijnVerlenging>("termijn_verlengingen");
