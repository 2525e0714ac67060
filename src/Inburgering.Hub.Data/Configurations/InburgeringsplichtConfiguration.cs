using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class InburgeringsplichtConfiguration() : SourcedRecordConfiguration<Inburgeringsplicht>("inburgeringsplichten");
