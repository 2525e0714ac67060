using GraphQL.Types;

namespace Inburgering.Hub.GraphQL.Operational;

/// <summary>An installed connector.</summary>
public sealed class ConnectorGraphType : ObjectGraphType<ConnectorInfo>
{
    public ConnectorGraphType()
    {
        Name = "Connector";
        Description = "An installed connector (referenced or plug-in) with its configuration and runs.";
        Field("name", c => c.Manifest.Name);
        Field("version", c => c.Manifest.Version);
        Field("description", c => c.Manifest.Description);
        Field(c => c.Enabled);
        Field(c => c.Schedule, nullable: true).Description("Quartz cron expression; null: manual runs only.");
        Field(c => c.Running).Description("A run is under way on this node.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectorStreamGraphType>>>>("streams").Resolve(c => c.Source.Manifest.Streams);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectorSettingGraphType>>>>("settings")
            .Description("Configured settings; secrets are redacted.")
            .Resolve(c => c.Source.Settings);
        Field<SyncRunGraphType>("lastRun").Resolve(c => c.Source.LastRun);
        Field(c => c.NextRun, nullable: true).Description("When the schedule fires next.");
    }
}
