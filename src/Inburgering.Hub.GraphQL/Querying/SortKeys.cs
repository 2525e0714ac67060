using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using Inburgering.Hub.GraphQL.Paging;

namespace Inburgering.Hub.GraphQL.Querying;

/// <summary>One key of a sort: a scalar field (null: the id) and its direction.</summary>
internal sealed record SortKey(ScalarField? Field, bool Descending)
{
    public string Name => Field?.Name ?? "id";
}

/// <summary>
/// A multi-field sort with the id as last key (so the order is total and stable), its keyset
/// cursors (the sort values of the last row, its id and the sort's signature) and the "after the
/// cursor" predicate. Nulls sort first ascending and last descending (as SQLite and SQL Server do).
/// </summary>
internal sealed class SortKeys<T>
{
    // Compiled once per entity type: compiling it per request (each page parses its sort) cost a dynamic
    // method and its JIT on every request.
    private static readonly Func<T, long> IdGetter = QueryModels.IdOf<T>().Compile();

    private readonly Func<T, long> _id;

    private SortKeys(IReadOnlyList<SortKey> keys, bool idDescending, bool byDefault)
    {
        Keys = keys;
        IdDescending = idDescending;
        IdOnly = byDefault;
        _id = IdGetter;
        Signature = string.Join(",", keys.Append(new SortKey(null, idDescending)).Select(k => k.Name + (k.Descending ? " DESC" : " ASC")));
    }

    /// <summary>The keys given, without the id tie-break.</summary>
    public IReadOnlyList<SortKey> Keys { get; }

    public bool IdDescending { get; }

    /// <summary>The connection's default order (by id): cursors keep the plain id form.</summary>
    public bool IdOnly { get; }

    public string Signature { get; }

    /// <summary>The sort of an <c>order</c> argument (list of single-field inputs); the id breaks ties.</summary>
    public static SortKeys<T> Parse(IEnumerable? order, bool idDescending)
    {
        var byDefault = idDescending;
        var model = QueryModels.Get<T>();
        var keys = new List<SortKey>();
        foreach (var item in order ?? Array.Empty<object>())
        {
            var entry = item as IDictionary<string, object?>;
            var given = entry?.Where(e => e.Value is not null).ToList() ?? [];
            if (given.Count != 1)
            {
                throw new ExecutionError($"Each {model.Name}Order item names exactly one field.") { Code = "INVALID_ORDER" };
            }

            var (name, direction) = given[0];
            var field = model.ById.TryGetValue(name, out var known) && known.IsOrderable
                ? known
                : throw new ExecutionError($"{model.Name} cannot be sorted on '{name}'.") { Code = "INVALID_ORDER" };
            var descending = direction is true;
            if (field.Name == "id")
            {
                idDescending = descending;
                break;
            }

            if (keys.All(k => k.Field != field))
            {
                keys.Add(new SortKey(field, descending));
            }
        }

        return new SortKeys<T>(keys, idDescending, keys.Count == 0 && idDescending == byDefault);
    }

    /// <summary>
    /// Orders <paramref name="query"/> by the keys, then the id. The cursor predicate (<see cref="After"/>)
    /// takes nulls as the lowest values (first ascending, last descending); databases differ on where
    /// nulls go (SQLite first ascending, PostgreSQL last), so each nullable key is ordered first by whether
    /// it has a value: the same order on every provider, and paging neither skips nor repeats rows.
    /// </summary>
    public IQueryable<T> Apply(IQueryable<T> query)
    {
        var first = true;
        foreach (var key in Keys)
        {
            var member = Member(key.Field!);
            if (key.Field!.IsNullable)
            {
                var hasValue = Expression.Lambda(Expression.NotEqual(member, Expression.Constant(null, member.Type)), (ParameterExpression)member.Expression!);
                query = OrderBy(query, hasValue, key.Descending, first);
                first = false;
            }

            query = OrderBy(query, member, key.Descending, first);
            first = false;
        }

        var id = QueryModels.IdOf<T>();
        return OrderBy(query, id, IdDescending, first);
    }

    public string Encode(T row)
    {
        var id = _id(row);
        if (IdOnly)
        {
            return Cursor.Encode(id);
        }

        var values = new JsonArray([.. Keys.Select(k => (JsonNode?)(Format(k.Field!.Getter(row!)) is { } s ? JsonValue.Create(s) : null))]);
        var json = new JsonObject { ["o"] = Signature, ["k"] = values, ["id"] = id };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    /// <summary>Rows strictly after the cursor in this sort: the lexicographic successor predicate over the keys and the id.</summary>
    public Expression<Func<T, bool>> After(string cursor)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var (values, afterId) = Decode(cursor);
        Expression? equalSoFar = null;
        Expression? result = null;
        for (var i = 0; i < Keys.Count; i++)
        {
            var field = Keys[i].Field!;
            var member = Expression.Property(row, field.Property);
            var beyond = Beyond(field, member, values[i], Keys[i].Descending);
            var term = equalSoFar is null ? beyond : Expression.AndAlso(equalSoFar, beyond);
            result = result is null ? term : Expression.OrElse(result, term);
            var equal = values[i] is null
                ? Expression.Equal(member, Expression.Constant(null, member.Type))
                : Expression.Equal(member, FilterTranslator.Parameter(values[i], member.Type));
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }

        var idMember = QueryModels.IdOf<T>().Body is MemberExpression m ? Expression.Property(row, (System.Reflection.PropertyInfo)m.Member) : throw new InvalidOperationException();
        var idBeyond = IdDescending
            ? Expression.LessThan(idMember, FilterTranslator.Parameter(afterId, typeof(long)))
            : Expression.GreaterThan(idMember, FilterTranslator.Parameter(afterId, typeof(long)));
        var last = equalSoFar is null ? idBeyond : Expression.AndAlso(equalSoFar, idBeyond);
        result = result is null ? last : Expression.OrElse(result, last);
        return Expression.Lambda<Func<T, bool>>(result, row);
    }

    /// <summary>The key is strictly after <paramref name="value"/> in its direction.</summary>
    private static Expression Beyond(ScalarField field, MemberExpression member, object? value, bool descending)
    {
        if (value is null)
        {
            // Nulls come first ascending (everything non-null is after), last descending (nothing is after).
            return descending || !field.IsNullable ? Expression.Constant(false) : Expression.NotEqual(member, Expression.Constant(null, member.Type));
        }

        Expression strictly;
        if (field.ValueType.IsEnum || field.ValueType == typeof(bool))
        {
            // Stored as names (code lists) or 0/1: the values after this one, as an IN list.
            var after = Enum.GetValues(field.ValueType.IsEnum ? field.ValueType : typeof(BoolOrder)).Cast<object>()
                .Select(v => field.ValueType.IsEnum ? v : (object)((BoolOrder)v == BoolOrder.True))
                .Where(v => descending ? StoredCompare(v, value) < 0 : StoredCompare(v, value) > 0)
                .ToList();
            var listType = typeof(List<>).MakeGenericType(member.Type);
            var list = (IList)Activator.CreateInstance(listType)!;
            foreach (var v in after)
            {
                list.Add(v);
            }

            strictly = list.Count == 0
                ? Expression.Constant(false)
                : Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], FilterTranslator.Parameter(list, listType), member);
        }
        else
        {
            strictly = FilterTranslator.Compare(member, FilterTranslator.Parameter(value, member.Type), descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
        }

        return descending && field.IsNullable ? Expression.OrElse(strictly, Expression.Equal(member, Expression.Constant(null, member.Type))) : strictly;
    }

    /// <summary>How the store orders two values of a code list (by stored name, ordinal) or booleans (false first).</summary>
    private static int StoredCompare(object a, object b) =>
        a is bool x && b is bool y ? x.CompareTo(y) : string.CompareOrdinal(a.ToString(), b.ToString());

    private (object?[] Values, long Id) Decode(string cursor)
    {
        if (IdOnly)
        {
            return ([], Cursor.Decode(cursor));
        }

        try
        {
            if (JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(cursor))) is JsonObject json
                && json["o"]?.GetValue<string>() == Signature
                && json["k"] is JsonArray keys && keys.Count == Keys.Count
                && json["id"]?.GetValue<long>() is { } id)
            {
                var values = new object?[Keys.Count];
                for (var i = 0; i < Keys.Count; i++)
                {
                    values[i] = keys[i] is null
                        ? (Keys[i].Field!.IsNullable ? null : throw new FormatException("null key"))
                        : Parse(Keys[i].Field!, keys[i]!.GetValue<string>());
                }

                return (values, id);
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or ArgumentException or OverflowException)
        {
        }

        throw new ExecutionError($"'{cursor}' is not a cursor of this connection and order.") { Code = "INVALID_CURSOR" };
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static object Parse(ScalarField field, string text)
    {
        var type = field.ValueType;
        if (type.IsEnum)
        {
            return Enum.IsDefined(type, text) ? Enum.Parse(type, text) : throw new FormatException(text);
        }

        return type switch
        {
            _ when type == typeof(string) => text,
            _ when type == typeof(DateOnly) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ when type == typeof(DateTimeOffset) => DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture),
            _ when type == typeof(bool) => bool.Parse(text),
            _ => Convert.ChangeType(text, type, CultureInfo.InvariantCulture),
        };
    }

    private static MemberExpression Member(ScalarField field) => Expression.Property(Expression.Parameter(typeof(T), "row"), field.Property);

    private static IQueryable<T> OrderBy(IQueryable<T> query, Expression key, bool descending, bool first)
    {
        var lambda = key as LambdaExpression ?? Expression.Lambda(key, (ParameterExpression)((MemberExpression)key).Expression!);
        var method = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        return query.Provider.CreateQuery<T>(Expression.Call(
            typeof(Queryable), method, [typeof(T), lambda.ReturnType], query.Expression, Expression.Quote(lambda)));
    }

    private enum BoolOrder
    {
        False,
        True,
    }
}
