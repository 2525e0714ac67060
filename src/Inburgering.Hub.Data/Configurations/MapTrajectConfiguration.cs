using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Data.Configurations;

internal sealed class MapTrajectConfiguration() : SourcedRecordConfiguration<MapTraject>("map_trajecten");
