using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class PvtConfiguration() : SourcedRecordConfiguration<Pvt>("pvts");
