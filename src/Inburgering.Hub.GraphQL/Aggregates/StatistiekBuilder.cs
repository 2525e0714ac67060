using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using Inburgering.Hub.Data.Scoping;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.GraphQL.Privacy;
using Inburgering.Hub.GraphQL.Querying;
using Inburgering.Hub.Reporting.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QueryArguments = Inburgering.Hub.GraphQL.Querying.QueryArguments;

namespace Inburgering.Hub.GraphQL.Aggregates;

/// <summary>
/// Builds and runs the GROUP BY of one statistics field on the request's <see cref="AggregateStore"/>.
/// The statement computes only what the request selects (or having/order need). For a caller with
/// aggregate-only gemeenten a second statement lists, per group, the units (persons; rows of tables
/// that are not about persons) of those gemeenten; their part of each count is then perturbed by the
/// cell-key method (<see cref="StatistiekPerturbation"/>) before having, order and first apply, in memory.
/// </summary>
internal static class StatistiekBuilder<T>
    where T : class
{
    /// <summary>Most groups a perturbed statistics query may have (perturbation reads the whole table).</summary>
    public const int MaxPerturbedGroups = 10_000;

    private static readonly string[] KeySlots = [nameof(StatistiekInvoer.K1), nameof(StatistiekInvoer.K2), nameof(StatistiekInvoer.K3)];

    private static readonly bool AboutPersons = typeof(PersonFact).IsAssignableFrom(typeof(T)) || typeof(T) == typeof(Inburgeraar) || typeof(T) == typeof(PipDoorlooptijd);

    public static async Task<List<StatistiekGroep>> RunAsync(IResolveFieldContext context)
    {
        var store = context.Aggregates();
        var db = store.Db;
        var perturb = store.Caller.AggregateGemeenten.Count > 0;
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

        var where = context.GetArgument<IDictionary<string, object?>?>(QueryArguments.Where);
        if (perturb && (where is { Count: > 0 } || context.GetArgument("metIngetrokken", false)))
        {
            // Kept from small-cell suppression: perturbed tables that differ by a filter are safe, but a
            // dimension to group on answers the same question with one consistent table.
            throw new ExecutionError(
                "With aggregate-only (regio) access, statistics take groupBy, datum, having and order but no where or metIngetrokken. "
                + "Group on the dimension instead.")
            { Code = "FILTER_NOT_ALLOWED" };
        }

        // Derived sets (the PIP-doorlooptijden) are computed from the caller-scoped tables; the rest are tables.
        IQueryable<T> query = typeof(T) == typeof(PipDoorlooptijd) ? (IQueryable<T>)PipDoorlooptijd.Van(db) : db.Set<T>().AsNoTracking();
        if (typeof(SourcedRecord).IsAssignableFrom(typeof(T)) && !context.GetArgument("metIngetrokken", false))
        {
            query = query.Where(NotDeleted());
        }

        var predicate = new FilterTranslator(db).Translate<T>(where);
        if (predicate is not null)
        {
            query = query.Where(predicate);
        }

        var having = context.GetArgument<IDictionary<string, object?>?>("having");
        var order = context.GetArgument(QueryArguments.Order, StatistiekVolgorde.Sleutel);
        var selectie = StatistiekSelectie.Of(context);
        var waarden = model.Waarden.Select(w => selectie.AggregatesOf(w.Name)).ToList();
        var personen = AboutPersons && (perturb || selectie.Has("aantalPersonen") || having?.ContainsKey("aantalPersonen") == true
            || order is StatistiekVolgorde.AantalPersonenAsc or StatistiekVolgorde.AantalPersonenDesc);

        var aggregateOnly = perturb ? [.. store.Caller.AggregateGemeenten] : Array.Empty<string>();
        var invoer = query.Select(Projection(model, fields, datumVeld, per, aggregateOnly));
        var groepen = Group(invoer, waarden, personen);

        List<StatistiekRij> rows;
        if (!perturb)
        {
            groepen = Having(groepen, having, "aantal", r => r.Aantal);
            groepen = Having(groepen, having, "aantalPersonen", r => r.AantalPersonen);
            rows = await Ordered(groepen, order).Take(first).ToListAsync(context.CancellationToken);
        }
        else
        {
            var all = await Ordered(groepen, StatistiekVolgorde.Sleutel).Take(MaxPerturbedGroups + 1).ToListAsync(context.CancellationToken);
            if (all.Count > MaxPerturbedGroups)
            {
                throw Invalid($"More than {MaxPerturbedGroups} groups: group on fewer dimensions or a coarser periode.");
            }

            var units = await invoer
                .Where(f => f.AggregaatEenheid != null)
                .GroupBy(f => new { f.K1, f.K2, f.K3, f.Periode, f.AggregaatEenheid })
                .Select(g => new StatistiekEenheid { K1 = g.Key.K1, K2 = g.Key.K2, K3 = g.Key.K3, Periode = g.Key.Periode, Eenheid = g.Key.AggregaatEenheid!.Value, Rijen = g.Count() })
                .ToListAsync(context.CancellationToken);
            var cellKeys = context.RequestServices!.GetRequiredService<CellKeys>();
            var recordKeys = AboutPersons
                ? await cellKeys.PersonKeysAsync(db, units.Select(u => u.Eenheid), context.CancellationToken)
                : units.Select(u => u.Eenheid).Distinct().ToDictionary(id => id, id => cellKeys.UnitKey(model.Name, id));
            var published = StatistiekPerturbation.Apply(all, units, recordKeys, cellKeys.Table, AboutPersons);
            rows = [.. InMemory(published, having, order).Take(first)];
        }

        var result = rows.Select(r => Groep(model, fields, datumVeld is null ? null : per, r)).ToList();
        var indexed = rows.Select((r, i) => (r, Pad: string.Create(CultureInfo.InvariantCulture, $"[{i}]"))).Where(p => p.r.AggregaatRijen > 0).ToList();
        Verstoord.Report(context, indexed.Select(p => p.Pad));
        Onderdrukt.Report(context, indexed.SelectMany(p => model.Waarden.Where((w, i) => waarden[i].Count > 0).Select(w => p.Pad + "." + w.Name)));

        return result;
    }

    /// <summary>
    /// <c>invoer.GroupBy(f => (K1, K2, K3, Periode)).Select(g => new StatistiekRij { … })</c> with only the
    /// aggregates asked for: the SQL computes nothing the response does not use.
    /// </summary>
    private static IQueryable<StatistiekRij> Group(IQueryable<StatistiekInvoer> invoer, List<HashSet<string>> waarden, bool personen)
    {
        var grouped = invoer.GroupBy(f => new { f.K1, f.K2, f.K3, f.Periode });
        var g = Expression.Parameter(grouped.ElementType, "g");
        var key = Expression.Property(g, "Key");
        var bindings = new List<MemberBinding>
        {
            Bind(nameof(StatistiekRij.K1), Expression.Property(key, nameof(StatistiekInvoer.K1))),
            Bind(nameof(StatistiekRij.K2), Expression.Property(key, nameof(StatistiekInvoer.K2))),
            Bind(nameof(StatistiekRij.K3), Expression.Property(key, nameof(StatistiekInvoer.K3))),
            Bind(nameof(StatistiekRij.Periode), Expression.Property(key, nameof(StatistiekInvoer.Periode))),
            Bind(nameof(StatistiekRij.Aantal), Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(StatistiekInvoer)], g)),
        };
        if (personen)
        {
            bindings.Add(Bind(nameof(StatistiekRij.AantalPersonen), DistinctCount(g, nameof(StatistiekInvoer.Persoon))));
        }

        (string Name, string Method, string Prefix)[] aggregates =
        [
            ("som", nameof(Enumerable.Sum), "S"),
            ("gemiddelde", nameof(Enumerable.Average), "A"),
            ("minimum", nameof(Enumerable.Min), "Mn"),
            ("maximum", nameof(Enumerable.Max), "Mx"),
        ];
        for (var i = 0; i < waarden.Count; i++)
        {
            var slot = i.ToString(CultureInfo.InvariantCulture);
            foreach (var (name, method, prefix) in aggregates.Where(a => waarden[i].Contains(a.Name)))
            {
                bindings.Add(Bind(prefix + slot, Aggregate(g, method, "V" + slot, typeof(long?))));
            }
        }

        var select = Expression.Lambda(Expression.MemberInit(Expression.New(typeof(StatistiekRij)), bindings), g);
        return grouped.Provider.CreateQuery<StatistiekRij>(
            Expression.Call(typeof(Queryable), nameof(Queryable.Select), [grouped.ElementType, typeof(StatistiekRij)], grouped.Expression, Expression.Quote(select)));
    }

    /// <summary>
    /// <c>value == null ? null : (long?)Math.Round((double)value * Statistiek.Scale)</c>: the value in
    /// ten-thousandths as an integer (SQL <c>CAST(round(v * 10000.0) AS INTEGER)</c>), exact for every stored
    /// value of up to four decimals, so SUM adds integers.
    /// </summary>
    private static Expression Scaled(Expression value)
    {
        var asDouble = Expression.Convert(value, typeof(double?));
        var round = typeof(Math).GetMethod(nameof(Math.Round), [typeof(double)])!;
        var scaled = Expression.Convert(
            Expression.Call(round, Expression.Multiply(Expression.Convert(asDouble, typeof(double)), Expression.Constant((double)Statistiek.Scale))),
            typeof(long?));
        return Expression.Condition(Expression.Equal(asDouble, Expression.Constant(null, typeof(double?))), Expression.Constant(null, typeof(long?)), scaled);
    }

    private static MemberAssignment Bind(string member, Expression value) =>
        Expression.Bind(typeof(StatistiekRij).GetProperty(member)!, value);

    /// <summary><c>g.Select(f => f.Member).Distinct().Count()</c>: COUNT(DISTINCT member), NULLs not counted.</summary>
    private static Expression DistinctCount(ParameterExpression g, string member)
    {
        var f = Expression.Parameter(typeof(StatistiekInvoer), "f");
        var selector = Expression.Lambda(Expression.Property(f, member), f);
        var selected = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [typeof(StatistiekInvoer), typeof(long?)], g, selector);
        var distinct = Expression.Call(typeof(Enumerable), nameof(Enumerable.Distinct), [typeof(long?)], selected);
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(long?)], distinct);
    }

    /// <summary><c>g.Method(f => f.Member)</c> for Sum/Average/Min/Max over a nullable member.</summary>
    private static MethodCallExpression Aggregate(ParameterExpression g, string method, string member, Type valueType)
    {
        var f = Expression.Parameter(typeof(StatistiekInvoer), "f");
        var selector = Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(StatistiekInvoer), valueType), Expression.Property(f, member), f);
        var definition = typeof(Enumerable).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == method && m.IsGenericMethodDefinition && m.GetGenericArguments().Length == 1
                && m.GetParameters() is [_, { ParameterType: var p }] && p.IsGenericType
                && p.GetGenericTypeDefinition() == typeof(Func<,>) && p.GetGenericArguments()[1] == valueType);
        return Expression.Call(definition.MakeGenericMethod(typeof(StatistiekInvoer)), g, selector);
    }

    private static IOrderedQueryable<StatistiekRij> Ordered(IQueryable<StatistiekRij> groepen, StatistiekVolgorde order)
    {
        var ordered = order switch
        {
            StatistiekVolgorde.AantalAsc => groepen.OrderBy(r => r.Aantal).ThenBy(r => r.K1),
            StatistiekVolgorde.AantalDesc => groepen.OrderByDescending(r => r.Aantal).ThenBy(r => r.K1),
            StatistiekVolgorde.AantalPersonenAsc => groepen.OrderBy(r => r.AantalPersonen).ThenBy(r => r.K1),
            StatistiekVolgorde.AantalPersonenDesc => groepen.OrderByDescending(r => r.AantalPersonen).ThenBy(r => r.K1),
            _ => groepen.OrderBy(r => r.K1),
        };
        return ordered.ThenBy(r => r.K2).ThenBy(r => r.K3).ThenBy(r => r.Periode);
    }

    /// <summary>Having, order and first on the published (perturbed) counts, in memory.</summary>
    private static IEnumerable<StatistiekRij> InMemory(List<StatistiekRij> all, IDictionary<string, object?>? having, StatistiekVolgorde order)
    {
        bool Within(string name, int value)
        {
            if (having is null || !having.TryGetValue(name, out var raw) || raw is not IDictionary<string, object?> bereik)
            {
                return true;
            }

            return bereik.All(b => b.Value is null
                || (b.Key == "gte" ? value >= Convert.ToInt32(b.Value, CultureInfo.InvariantCulture) : value <= Convert.ToInt32(b.Value, CultureInfo.InvariantCulture)));
        }

        var kept = all.Where(r => Within("aantal", r.Aantal) && Within("aantalPersonen", r.AantalPersonen)).ToList();

        // all is in key order and OrderBy is stable, so ties stay in key order.
        return order switch
        {
            StatistiekVolgorde.AantalAsc => kept.OrderBy(r => r.Aantal),
            StatistiekVolgorde.AantalDesc => kept.OrderByDescending(r => r.Aantal),
            StatistiekVolgorde.AantalPersonenAsc => kept.OrderBy(r => r.AantalPersonen),
            StatistiekVolgorde.AantalPersonenDesc => kept.OrderByDescending(r => r.AantalPersonen),
            _ => kept,
        };
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

    /// <summary>
    /// <c>row => new StatistiekInvoer { K1 = key, …, Periode = bucket, Persoon = row.InburgeraarId,
    /// AggregaatEenheid = the person (the row id for tables not about persons) for rows of aggregate-only gemeenten, V0 = (double?)row.X, … }</c>.
    /// </summary>
    private static Expression<Func<T, StatistiekInvoer>> Projection(StatistiekModel model, List<ScalarField> fields, ScalarField? datum, Periodisering per, string[] aggregateOnly)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var bindings = new List<MemberBinding>();
        void Set(string member, Expression value) => bindings.Add(Expression.Bind(typeof(StatistiekInvoer).GetProperty(member)!, value));

        for (var i = 0; i < fields.Count; i++)
        {
            Set(KeySlots[i], Key(fields[i], row));
        }

        if (datum is not null)
        {
            Set(nameof(StatistiekInvoer.Periode), Bucket(datum, row, per));
        }

        var persoonProperty = typeof(T) == typeof(Inburgeraar) ? "Id"
            : typeof(PersonFact).IsAssignableFrom(typeof(T)) || typeof(T) == typeof(PipDoorlooptijd) ? nameof(PersonFact.InburgeraarId) : null;
        Expression? persoon = persoonProperty is null ? null : Expression.Convert(Expression.Property(row, persoonProperty), typeof(long?));
        if (persoon is not null)
        {
            Set(nameof(StatistiekInvoer.Persoon), persoon);
        }

        if (aggregateOnly.Length > 0)
        {
            var gemeente = Expression.Property(row, nameof(IGemeenteScoped.GemeenteCode));
            var inAggregateOnly = Expression.Call(
                typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], FilterTranslator.Parameter(aggregateOnly, typeof(string[])), gemeente);
            var eenheid = persoon ?? Expression.Convert(Expression.Property(row, "Id"), typeof(long?));
            Set(nameof(StatistiekInvoer.AggregaatEenheid), Expression.Condition(inAggregateOnly, eenheid, Expression.Constant(null, typeof(long?))));
        }

        for (var i = 0; i < model.Waarden.Count; i++)
        {
            Set("V" + i.ToString(CultureInfo.InvariantCulture), Scaled(Expression.Property(row, model.Waarden[i].Property)));
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

    private static StatistiekGroep Groep(StatistiekModel model, List<ScalarField> fields, Periodisering? per, StatistiekRij r)
    {
        var keys = new[] { r.K1, r.K2, r.K3 };
        var sleutel = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            sleutel[fields[i].Name] = Value(fields[i], keys[i]);
        }

        // som/gemiddelde/minimum/maximum over rows of aggregate-only gemeenten would show their magnitudes
        // (one person's hours when the group has one such person): not offered (null, listed in onderdrukt).
        var withheld = r.AggregaatRijen > 0;
        var stats = new[]
        {
            Statistiek.FromScaled(r.S0, r.A0, r.Mn0, r.Mx0), Statistiek.FromScaled(r.S1, r.A1, r.Mn1, r.Mx1), Statistiek.FromScaled(r.S2, r.A2, r.Mn2, r.Mx2),
            Statistiek.FromScaled(r.S3, r.A3, r.Mn3, r.Mx3), Statistiek.FromScaled(r.S4, r.A4, r.Mn4, r.Mx4), Statistiek.FromScaled(r.S5, r.A5, r.Mn5, r.Mx5),
        };
        var waarden = new Dictionary<string, Statistiek>(StringComparer.Ordinal);
        for (var i = 0; i < model.Waarden.Count; i++)
        {
            // SUM over no values is NULL in SQL; keep som null too, so it reads as "no value" like the others.
            waarden[model.Waarden[i].Name] = withheld ? new Statistiek(null, null, null, null) : stats[i];
        }

        return new StatistiekGroep
        {
            Sleutel = sleutel,
            Periode = per is null || r.Periode is not { } p ? null : Label(p, per.Value),
            Aantal = r.Aantal,
            AantalPersonen = AboutPersons ? r.AantalPersonen : null,
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
