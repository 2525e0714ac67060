using GraphQL.Types;

namespace Inburgering.Hub.GraphQL.Operational;

/// <summary>A connector setting.</summary>
public sealed class ConnectorSettingGraphType : ObjectGraphType<ConnectorSettingInfo>
{
    public ConnectorSettingGraphType()
    {
        Name = "ConnectorSetting";
        Field(s => s.Key);
        Field(s => s.Description);
        Field(s => s.Required);
        Field(s => s.Secret);
        Field(s => s.Value, nullable: true).Description("The configured value; '***' for a configured secret.");
    }
}
