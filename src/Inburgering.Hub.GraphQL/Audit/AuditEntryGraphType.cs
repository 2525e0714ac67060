using GraphQL.Types;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.GraphQL.Paging;

namespace Inburgering.Hub.GraphQL.Audit;

/// <summary>One audited operation or export.</summary>
public sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One audited GraphQL operation or export.";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(e => e.At);
        Field(e => e.Subject).Description("The caller's sub claim.");
        Field(e => e.Roles).Description("The caller's roles, comma-separated.");
        Field(e => e.OperationName, nullable: true);
        Field(e => e.DocumentHash).Description("Lowercase hex SHA-256 of the query document (or export URL).");
        Field(e => e.GemeentenTouched).Description("Gemeenten in the caller's scope or asked for, comma-separated.");
        Field(e => e.RowsReturned).Description("List items in the result (approximate).");
        Field(e => e.DurationMs);
        Field(e => e.Outcome).Description("ok, error or forbidden.");
    }
}

/// <summary>Edge of audit entries.</summary>
public sealed class AuditEntryEdgeGraphType : EdgeGraphType<AuditEntryGraphType, AuditEntry>
{
    public AuditEntryEdgeGraphType() => Name = "AuditEntryEdge";
}

/// <summary>Connection of audit entries, newest first.</summary>
public sealed class AuditEntryConnectionGraphType : ConnectionGraphType<AuditEntryGraphType, AuditEntryEdgeGraphType, AuditEntry>
{
    public AuditEntryConnectionGraphType() => Name = "AuditEntryConnection";
}
