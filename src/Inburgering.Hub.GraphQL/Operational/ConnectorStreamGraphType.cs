using GraphQL.Types;
using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.GraphQL.Operational;

/// <summary>A stream of a connector.</summary>
public sealed class ConnectorStreamGraphType : ObjectGraphType<StreamDescriptor>
{
    public ConnectorStreamGraphType()
    {
        Name = "ConnectorStream";
        Field(s => s.Name);
        Field(s => s.Mode);
        Field(s => s.Description);
    }
}
