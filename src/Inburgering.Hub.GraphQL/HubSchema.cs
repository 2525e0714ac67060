using GraphQL.Types;
using Inburgering.Hub.GraphQL.Introspection;
using Inburgering.Hub.GraphQL.Scalars;

namespace Inburgering.Hub.GraphQL;

/// <summary>The Inburgering.Hub schema (a singleton; resolvers take request services from the context).</summary>
public sealed class HubSchema : Schema
{
    public HubSchema(IServiceProvider services, HubQuery query, HubMutation mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Inburgering.Hub: the inburgeringsjourney of the region's inburgeraars, per gemeente.";
        RegisterTypeMapping(typeof(DateOnly), typeof(DateScalar));
        SpecIntrospection.Enable(this);
    }

    /// <inheritdoc />
    protected override void OnBeforeInitializeType(IGraphType graphType) => SpecIntrospection.Complete(graphType);
}
