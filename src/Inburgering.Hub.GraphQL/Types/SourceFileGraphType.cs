using GraphQL.Types;
using Inburgering.Hub.Domain.Operational;

namespace Inburgering.Hub.GraphQL.Types;

/// <summary>A received source file or page.</summary>
public sealed class SourceFileGraphType : ObjectGraphType<SourceFile>
{
    public SourceFileGraphType()
    {
        Name = "Bronbestand";
        Description = "A file or API page as received from a partner.";
        Field(f => f.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(f => f.Connector);
        Field(f => f.Stream);
        Field(f => f.Name).Description("File name or URL.");
        Field(f => f.Sha256).Description("SHA-256 of the bytes received.");
        Field(f => f.Size).Description("Size in bytes.");
        Field(f => f.ReceivedAt).Description("When the hub received it.");
        Field(f => f.RunId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The sync run that received it.");
        Field(f => f.RetainUntil, nullable: true).Description("Until when its raw records are kept in the archive.");
        Field(f => f.ArchivePurgedAt, nullable: true).Description("When retention removed its raw records.");
    }
}
