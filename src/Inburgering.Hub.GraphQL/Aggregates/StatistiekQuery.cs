using System.Globalization;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Authorization;
using Inburgering.Hub.GraphQL.Querying;
using Microsoft.EntityFrameworkCore;
using QueryArguments = Inburgering.Hub.GraphQL.Querying.QueryArguments;

namespace Inburgering.Hub.GraphQL.Aggregates;

/// <summary>
/// Adds <c>xxxStatistieken</c> to the root query for each collection: grouped counts and aggregates,
/// computed in SQL as one GROUP BY statement over the caller-scoped set, after the same <c>where</c> as the list.
/// </summary>
public static class StatistiekQuery
{
    public const int DefaultFirst = 100;
    public const int MaxFirst = 1000;

    public static void AddStatistieken(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Add<Inburgeraar>(query, "inburgeraars");
        Add<Koppeling>(query, "koppelingen");
        Add<Taakstelling>(query, "taakstellingen");
        Add<LeerrouteDeelname>(query, "leerrouteDeelnames");
        Add<Voortgangsmeting>(query, "voortgangsmetingen");
        Add<BredeIntake>(query, "intakes");
        Add<Participatieactiviteit>(query, "participatie");
        Add<Uitkering>(query, "uitkeringen");
        Add<Inburgeringsplicht>(query, "plichten");
        Add<DuoMelding>(query, "meldingen");
    }

    private static void Add<T>(ObjectGraphType query, string collection)
        where T : class
    {
        var model = StatistiekModel.Get<T>();
        var field = query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatistiekGroepGraphType<T>>>>>(collection + "Statistieken")
            .Description($"Statistics of {collection} per group (one SQL GROUP BY over your gemeenten): counts and, per numeric field, som/gemiddelde/minimum/maximum.")
            .Argument<EntityFilterGraphType<T>>(QueryArguments.Where, "Only the rows that match (as on the list field).")
            .Argument<ListGraphType<NonNullGraphType<StatistiekDimensieGraphType<T>>>>("groupBy", $"Dimensions to group on (at most {StatistiekModel.MaxDimensies}); none: one group of everything.")
            .Argument<StatistiekHavingGraphType>("having", "Keep only the groups whose counts are within bounds.")
            .Argument<StatistiekOrderGraphType>(QueryArguments.Order, "Order of the groups (default SLEUTEL).")
            .Argument<IntGraphType>("first", $"At most this many groups (default {DefaultFirst}, max {MaxFirst}).")
            .AuthorizeWithRoles(HubRoles.Analist, HubRoles.Medewerker);
        if (model.Datums.Count > 0)
        {
            field.Argument<StatistiekDatumGraphType<T>>("datum", "Group also on a date bucket (the key's periode).");
        }

        if (typeof(SourcedRecord).IsAssignableFrom(typeof(T)))
        {
            field.Argument<BooleanGraphType>("metIngetrokken", "Include withdrawn rows (default false).");
        }

        field.ResolveAsync(async c => await StatistiekBuilder<T>.RunAsync(c, c.Db().Set<T>().AsNoTracking()));
    }
}

/// <summary>Builds and runs the GROUP BY of one statistics field.</summary>
internal static class StatistiekBuilder<T>
    where T : class
{
    private static readonly string[] KeySlots = [nameof(StatistiekInvoer.K1), nameof(StatistiekInvoer.K2), nameof(StatistiekInvoer.K3)];

    public static async Task<List<StatistiekGroep>> RunAsync(IResolveFieldContext context, IQueryable<T> query)
    {
        var model = StatistiekModel.Get<T>();
        var first = context.GetArgument<int?>("first") ?? StatistiekQuery.DefaultFirst;
        if (first < 1 || first > StatistiekQuery.MaxFirst)
        {
            throw new ExecutionError($"first must be between 1 and {StatistiekQuery.MaxFirst}; it was {first}.") { Code = "PAGE_SIZE" };
        }

        var dimensies = (context.GetArgument<List<object>?>("groupBy") ?? []).Cast<string>().ToList();
        if (dimensies.Count > StatistiekModel.MaxDimensies || dimensies.Distinct(StringComparer.Ordinal).Count() != dimensies.Count)
        {
            throw Invalid($"groupBy takes at most {StatistiekModel.MaxDimensies} different dimensions.");
        }

        var fields = dimensies.Select(d => model.Dimensies.Single(s => s.Name == d)).ToList();
        var datum = context.GetArgument<IDictionary<string, object?>?>("datum");
        ScalarField? datumVeld = null;
        var per = Periodisering.Jaar;
        if (datum is not null)
        {
            var veld = (string)datum[StatistiekDatumGraphType<T>.Veld]!;
            datumVeld = model.Datums.Single(s => s.Name == veld);
            per = (Periodisering)datum[StatistiekDatumGraphType<T>.Per]!;
        }

        if (typeof(SourcedRecord).IsAssignableFrom(typeof(T)) && !context.GetArgument("metIngetrokken", false))
        {
            query = query.Where(NotDeleted());
        }

        var where = context.GetArgument<IDictionary<string, object?>?>(QueryArguments.Where);
        var predicate = new FilterTranslator(context.Db()).Translate<T>(where);
        if (predicate is not null)
        {
            query = query.Where(predicate);
        }

        var invoer = query.Select(Projection(model, fields, datumVeld, per));
        var groepen = invoer
            .GroupBy(f => new { f.K1, f.K2, f.K3, f.Periode })
            .Select(g => new StatistiekRij
            {
                K1 = g.Key.K1,
                K2 = g.Key.K2,
                K3 = g.Key.K3,
                Periode = g.Key.Periode,
                Aantal = g.Count(),
                AantalPersonen = g.Select(f => f.Persoon).Distinct().Count(),
                S0 = g.Sum(f => f.V0),
                A0 = g.Average(f => f.V0),
                Mn0 = g.Min(f => f.V0),
                Mx0 = g.Max(f => f.V0),
                S1 = g.Sum(f => f.V1),
                A1 = g.Average(f => f.V1),
                Mn1 = g.Min(f => f.V1),
                Mx1 = g.Max(f => f.V1),
                S2 = g.Sum(f => f.V2),
                A2 = g.Average(f => f.V2),
                Mn2 = g.Min(f => f.V2),
                Mx2 = g.Max(f => f.V2),
                S3 = g.Sum(f => f.V3),
                A3 = g.Average(f => f.V3),
                Mn3 = g.Min(f => f.V3),
                Mx3 = g.Max(f => f.V3),
                S4 = g.Sum(f => f.V4),
                A4 = g.Average(f => f.V4),
                Mn4 = g.Min(f => f.V4),
                Mx4 = g.Max(f => f.V4),
                S5 = g.Sum(f => f.V5),
                A5 = g.Average(f => f.V5),
                Mn5 = g.Min(f => f.V5),
                Mx5 = g.Max(f => f.V5),
            });

        var having = context.GetArgument<IDictionary<string, object?>?>("having");
        groepen = Having(groepen, having, "aantal", r => r.Aantal);
        groepen = Having(groepen, having, "aantalPersonen", r => r.AantalPersonen);

        IOrderedQueryable<StatistiekRij> ordered = context.GetArgument(QueryArguments.Order, StatistiekVolgorde.Sleutel) switch
        {
            StatistiekVolgorde.AantalAsc => groepen.OrderBy(r => r.Aantal).ThenBy(r => r.K1),
            StatistiekVolgorde.AantalDesc => groepen.OrderByDescending(r => r.Aantal).ThenBy(r => r.K1),
            StatistiekVolgorde.AantalPersonenAsc => groepen.OrderBy(r => r.AantalPersonen).ThenBy(r => r.K1),
            StatistiekVolgorde.AantalPersonenDesc => groepen.OrderByDescending(r => r.AantalPersonen).ThenBy(r => r.K1),
            _ => groepen.OrderBy(r => r.K1),
        };
        ordered = ordered.ThenBy(r => r.K2).ThenBy(r => r.K3).ThenBy(r => r.Periode);

        var rows = await ordered.Take(first).ToListAsync(context.CancellationToken);
        var persons = typeof(PersonFact).IsAssignableFrom(typeof(T)) || typeof(T) == typeof(Inburgeraar);
        return [.. rows.Select(r => Groep(model, fields, datumVeld is null ? null : per, persons, r))];
    }

    private static IQueryable<StatistiekRij> Having(IQueryable<StatistiekRij> groepen, IDictionary<string, object?>? having, string name, Expression<Func<StatistiekRij, int>> count)
    {
        if (having is null || !having.TryGetValue(name, out var value) || value is not IDictionary<string, object?> bereik)
        {
            return groepen;
        }

        foreach (var (op, raw) in bereik)
        {
            if (raw is null)
            {
                continue;
            }

            var bound = FilterTranslator.Parameter(Convert.ToInt32(raw, CultureInfo.InvariantCulture), typeof(int));
            var body = op == "gte" ? Expression.GreaterThanOrEqual(count.Body, bound) : Expression.LessThanOrEqual(count.Body, bound);
            groepen = groepen.Where(Expression.Lambda<Func<StatistiekRij, bool>>(body, count.Parameters));
        }

        return groepen;
    }

    private static Expression<Func<T, bool>> NotDeleted()
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, bool>>(Expression.Not(Expression.Property(row, nameof(SourcedRecord.IsDeleted))), row);
    }

    /// <summary><c>row => new StatistiekInvoer { K1 = key, …, Periode = bucket, Persoon = row.InburgeraarId, V0 = (double?)row.X, … }</c>.</summary>
    private static Expression<Func<T, StatistiekInvoer>> Projection(StatistiekModel model, List<ScalarField> fields, ScalarField? datum, Periodisering per)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var bindings = new List<MemberBinding>();
        for (var i = 0; i < fields.Count; i++)
        {
            bindings.Add(Expression.Bind(typeof(StatistiekInvoer).GetProperty(KeySlots[i])!, Key(fields[i], row)));
        }

        if (datum is not null)
        {
            bindings.Add(Expression.Bind(typeof(StatistiekInvoer).GetProperty(nameof(StatistiekInvoer.Periode))!, Bucket(datum, row, per)));
        }

        var persoon = typeof(T) == typeof(Inburgeraar) ? "Id" : typeof(PersonFact).IsAssignableFrom(typeof(T)) ? nameof(PersonFact.InburgeraarId) : null;
        if (persoon is not null)
        {
            bindings.Add(Expression.Bind(typeof(StatistiekInvoer).GetProperty(nameof(StatistiekInvoer.Persoon))!, Expression.Convert(Expression.Property(row, persoon), typeof(long?))));
        }

        for (var i = 0; i < model.Waarden.Count; i++)
        {
            var value = Expression.Convert(Expression.Property(row, model.Waarden[i].Property), typeof(double?));
            bindings.Add(Expression.Bind(typeof(StatistiekInvoer).GetProperty("V" + i.ToString(CultureInfo.InvariantCulture))!, value));
        }

        // Every member is bound (unused ones to NULL): EF cannot read an unbound member of the projection.
        foreach (var property in typeof(StatistiekInvoer).GetProperties().Where(p => bindings.All(b => b.Member != p)))
        {
            bindings.Add(Expression.Bind(property, Expression.Constant(null, property.PropertyType)));
        }

        return Expression.Lambda<Func<T, StatistiekInvoer>>(Expression.MemberInit(Expression.New(typeof(StatistiekInvoer)), bindings), row);
    }

    /// <summary>The dimension as text: the column for texts, the stored name for code lists, true/false for booleans.</summary>
    private static Expression Key(ScalarField field, ParameterExpression row)
    {
        Expression member = Expression.Property(row, field.Property);
        if (field.ValueType == typeof(string))
        {
            return member;
        }

        var nullable = member.Type != field.ValueType;
        var value = nullable ? Expression.Property(member, "Value") : member;
        Expression text = field.ValueType == typeof(bool)
            ? Expression.Condition(value, Expression.Constant("true"), Expression.Constant("false"))
            : Expression.Call(value, typeof(object).GetMethod(nameof(ToString))!);
        return nullable
            ? Expression.Condition(Expression.Property(member, "HasValue"), text, Expression.Constant(null, typeof(string)))
            : text;
    }

    /// <summary>The date bucket as a number SQL computes from the date: yyyymm, yyyyq, yyyyh or yyyy.</summary>
    private static Expression Bucket(ScalarField field, ParameterExpression row, Periodisering per)
    {
        Expression member = Expression.Property(row, field.Property);
        var nullable = member.Type != field.ValueType;
        var date = nullable ? Expression.Property(member, "Value") : member;
        var year = Expression.Property(date, nameof(DateOnly.Year));
        var month = Expression.Property(date, nameof(DateOnly.Month));
        Expression Mul(Expression e, int n) => Expression.Multiply(e, Expression.Constant(n));
        Expression Div(Expression e, int add, int n) => Expression.Divide(Expression.Add(e, Expression.Constant(add)), Expression.Constant(n));
        Expression bucket = per switch
        {
            Periodisering.Maand => Expression.Add(Mul(year, 100), month),
            Periodisering.Kwartaal => Expression.Add(Mul(year, 10), Div(month, 2, 3)),
            Periodisering.Halfjaar => Expression.Add(Mul(year, 10), Div(month, 5, 6)),
            _ => year,
        };
        bucket = Expression.Convert(bucket, typeof(int?));
        return nullable ? Expression.Condition(Expression.Property(member, "HasValue"), bucket, Expression.Constant(null, typeof(int?))) : bucket;
    }

    private static StatistiekGroep Groep(StatistiekModel model, List<ScalarField> fields, Periodisering? per, bool persons, StatistiekRij r)
    {
        var keys = new[] { r.K1, r.K2, r.K3 };
        var sleutel = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            sleutel[fields[i].Name] = Value(fields[i], keys[i]);
        }

        var stats = new[]
        {
            new Statistiek(r.S0, r.A0, r.Mn0, r.Mx0), new Statistiek(r.S1, r.A1, r.Mn1, r.Mx1), new Statistiek(r.S2, r.A2, r.Mn2, r.Mx2),
            new Statistiek(r.S3, r.A3, r.Mn3, r.Mx3), new Statistiek(r.S4, r.A4, r.Mn4, r.Mx4), new Statistiek(r.S5, r.A5, r.Mn5, r.Mx5),
        };
        var waarden = new Dictionary<string, Statistiek>(StringComparer.Ordinal);
        for (var i = 0; i < model.Waarden.Count; i++)
        {
            // SUM over no values is NULL in SQL; keep som null too, so it reads as "no value" like the others.
            waarden[model.Waarden[i].Name] = stats[i];
        }

        return new StatistiekGroep
        {
            Sleutel = sleutel,
            Periode = per is null || r.Periode is not { } p ? null : Label(p, per.Value),
            Aantal = r.Aantal,
            AantalPersonen = persons ? r.AantalPersonen : null,
            Waarden = waarden,
        };
    }

    private static object? Value(ScalarField field, string? stored) => stored switch
    {
        null => null,
        _ when field.ValueType.IsEnum => Enum.Parse(field.ValueType, stored),
        _ when field.ValueType == typeof(bool) => stored == "true",
        _ => stored,
    };

    internal static string Label(int bucket, Periodisering per) => per switch
    {
        Periodisering.Maand => string.Create(CultureInfo.InvariantCulture, $"{bucket / 100:D4}-{bucket % 100:D2}"),
        Periodisering.Kwartaal => string.Create(CultureInfo.InvariantCulture, $"{bucket / 10:D4}-Q{bucket % 10}"),
        Periodisering.Halfjaar => string.Create(CultureInfo.InvariantCulture, $"{bucket / 10:D4}-H{bucket % 10}"),
        _ => bucket.ToString("D4", CultureInfo.InvariantCulture),
    };

    private static ExecutionError Invalid(string message) => new(message) { Code = "INVALID_STATISTIEK" };
}
