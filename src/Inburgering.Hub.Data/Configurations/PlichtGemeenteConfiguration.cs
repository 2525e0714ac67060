using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class PlichtGemeenteConfiguration() : SourcedRecordConfiguration<PlichtGemeente>("plicht_gemeenten");
