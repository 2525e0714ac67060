using GraphQL.Types;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.GraphQL.Loading;
using Inburgering.Hub.GraphQL.Querying;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>Financieel ontzorgen (WerkSaam).</summary>
public sealed class OntzorgtrajectGraphType : ObjectGraphType<Ontzorgtraject>
{
    public OntzorgtrajectGraphType()
    {
        Name = "Ontzorgtraject";
        Description = "Financieel ontzorgen: WerkSaam pays fixed costs on behalf of the inburgeraar for the first months.";
        this.AddSourcedFields();
        Field(o => o.Startdatum);
        Field(o => o.GeplandeEinddatum).Description("Planned end (start + 6 months).");
        Field(o => o.VerlengdTot, nullable: true).Description("End of the extension; null when not extended.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OntzorgPostGraphType>>>>("posten")
            .Description("The fixed costs WerkSaam pays.")
            .Reads(nameof(Ontzorgtraject.Posten))
            .Resolve(c => Enum.GetValues<OntzorgPost>().Where(p => p != OntzorgPost.None && c.Source.Posten.HasFlag(p)).ToList());
        Field<InburgeraarGraphType>("inburgeraar")
            .Description("The person; null when the person is now the responsibility of a gemeente you cannot see.")
            .Reads(nameof(PersonFact.InburgeraarId))
            .Resolve(c => c.Inburgeraar(c.Source.InburgeraarId));
    }
}

/// <summary>One post of financieel ontzorgen (the flags value NONE is not a post).</summary>
public sealed class OntzorgPostGraphType : EnumerationGraphType
{
    public OntzorgPostGraphType()
    {
        Name = "OntzorgPost";
        Description = "A fixed cost WerkSaam pays during financieel ontzorgen.";
        foreach (var post in Enum.GetValues<OntzorgPost>().Where(p => p != OntzorgPost.None))
        {
            Add(CodeList<OntzorgPost>.ToCode(post), post);
        }
    }
}
