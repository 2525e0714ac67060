using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Inburgering.Hub.GraphQL.Aggregates;
using Inburgering.Hub.GraphQL.Audit;
using Inburgering.Hub.GraphQL.Operational;
using Inburgering.Hub.GraphQL.Paging;
using Inburgering.Hub.GraphQL.Querying;
using Inburgering.Hub.GraphQL.Reports;
using Inburgering.Hub.GraphQL.Types;
using Inburgering.Hub.Reporting.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.GraphQL;

/// <summary>
/// The root query. Every field reads through the request's caller-scoped context: rows of
/// gemeenten the caller is not entitled to do not exist for it, in lists, lookups, relations and counts.
/// </summary>
public sealed class HubQuery : ObjectGraphType
{
    public HubQuery()
    {
        Name = "Query";

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GemeenteGraphType>>>>("gemeenten")
            .Description("The gemeenten the hub serves (configuration).")
            .AllowAnonymous() // any authenticated caller: configuration, no person data
            .ResolveAsync(async c => await c.Db().Gemeenten.AsNoTracking().OrderBy(g => g.Code).ToListAsync(c.CancellationToken));

        Field<NonNullGraphType<InburgeraarConnectionGraphType>>("inburgeraars")
            .AuthorizeWithRoles(HubRoles.Medewerker)
            .Description("Persons of your gemeenten, by id.")
            .Paged()
            .Queryable<Domain.Entities.Inburgeraar>()
            .ResolveAsync(async c => await c.PageQueryAsync(c.Db().Inburgeraars.AsNoTracking()));

        Field<InburgeraarGraphType>("inburgeraar")
            .AuthorizeWithRoles(HubRoles.Medewerker)
            .Description("One person by id; null when it does not exist or is not yours to see.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var raw = c.GetArgument<string>("id");
                return long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    ? await c.Db().Inburgeraars.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, c.CancellationToken)
                    : null;
            });

        Field<NonNullGraphType<KoppelingConnectionGraphType>>("koppelingen")
            .AuthorizeWithRoles(HubRoles.Medewerker)
            .Description("COA koppelingen of your gemeenten.")
            .Paged()
            .Queryable<Domain.Entities.Koppeling>()
            .Argument<BooleanGraphType>("metIngetrokken", "Include withdrawn koppelingen (default false).")
            .ResolveAsync(async c =>
            {
                var all = c.GetArgument("metIngetrokken", false);
                var query = c.Db().Koppelingen.AsNoTracking().Where(k => all || !k.IsDeleted);
                return await c.PageQueryAsync(query);
            });

        Field<NonNullGraphType<TaakstellingConnectionGraphType>>("taakstellingen")
            .AuthorizeWithRoles(HubRoles.Medewerker, HubRoles.Analist)
            .Description("Half-year taakstellingen of your gemeenten.")
            .Paged()
            .Queryable<Domain.Entities.Taakstelling>()
            .ResolveAsync(async c => await c.PageQueryAsync(c.Db().Taakstellingen.AsNoTracking().Where(t => !t.IsDeleted)));

        Field<NonNullGraphType<LeerrouteDeelnameConnectionGraphType>>("leerrouteDeelnames")
            .AuthorizeWithRoles(HubRoles.Medewerker)
            .Description("Leerroute-deelnames at taalaanbieders of your gemeenten.")
            .Paged()
            .Queryable<Domain.Entities.LeerrouteDeelname>()
            .Argument<BooleanGraphType>("metIngetrokken", "Include withdrawn deelnames (default false).")
            .ResolveAsync(async c =>
            {
                var all = c.GetArgument("metIngetrokken", false);
                var query = c.Db().Set<Domain.Entities.LeerrouteDeelname>().AsNoTracking().Where(d => all || !d.IsDeleted);
                return await c.PageQueryAsync(query);
            });

        Field<NonNullGraphType<VoortgangsmetingConnectionGraphType>>("voortgangsmetingen")
            .AuthorizeWithRoles(HubRoles.Medewerker)
            .Description("Voortgangsmetingen of taalaanbieders in your gemeenten.")
            .Paged()
            .Queryable<Domain.Entities.Voortgangsmeting>()
            .Argument<BooleanGraphType>("metIngetrokken", "Include withdrawn metingen (default false).")
            .ResolveAsync(async c =>
            {
                var all = c.GetArgument("metIngetrokken", false);
                var query = c.Db().Set<Domain.Entities.Voortgangsmeting>().AsNoTracking().Where(m => all || !m.IsDeleted);
                return await c.PageQueryAsync(query);
            });

        Field<NonNullGraphType<DuoMeldingConnectionGraphType>>("meldingen")
            .AuthorizeWithRoles(HubRoles.Medewerker)
            .Description("DUO meldingen of your gemeenten, corrected ones included (see telt / vervangenDoor).")
            .Paged()
            .Queryable<Domain.Entities.DuoMelding>()
            .ResolveAsync(async c => await c.PageQueryAsync(c.Db().DuoMeldingen.AsNoTracking().Where(m => !m.IsDeleted)));

        Field<NonNullGraphType<InburgeringsplichtConnectionGraphType>>("plichten")
            .AuthorizeWithRoles(HubRoles.Medewerker)
            .Description("DUO inburgeringsplichten for which one of your gemeenten is responsible now.")
            .Paged()
            .Argument<BooleanGraphType>("metIngetrokken", "Include plichten that are no longer derived (default false).")
            .Queryable<Domain.Entities.Inburgeringsplicht>()
            .ResolveAsync(async c =>
            {
                var all = c.GetArgument("metIngetrokken", false);
                var query = c.Db().Inburgeringsplichten.AsNoTracking().Where(p => all || !p.IsDeleted);
                return await c.PageQueryAsync(query);
            });

        this.AddVoortgangsrapportage();

        this.AddStatistieken();

        this.AddOperationalFields();

        this.AddAuditLog();
    }
}
