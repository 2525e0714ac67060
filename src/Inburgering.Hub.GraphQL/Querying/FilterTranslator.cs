using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using Inburgering.Hub.Data;
using Inburgering.Hub.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Hub.GraphQL.Querying;

/// <summary>
/// Translates a <c>where</c> argument into an <see cref="Expression{TDelegate}"/> over the entity that
/// EF translates to SQL: operations become comparisons on the mapped columns, <c>and/or/not</c> boolean
/// operators, relations <c>EXISTS</c> sub-queries on the context's sets (so the caller-scope filter applies
/// inside them too). Values become parameters, never SQL text.
/// </summary>
public sealed class FilterTranslator(DbContext db)
{
    /// <summary>How deep filters may nest (and/or/not and relations), against abusive documents.</summary>
    public const int MaxDepth = 12;

    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringSubstring = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
    private static readonly MethodInfo SetMethod = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;

    /// <summary>The predicate of <paramref name="where"/>, or null when there is none.</summary>
    public Expression<Func<T, bool>>? Translate<T>(IDictionary<string, object?>? where)
    {
        if (where is null)
        {
            return null;
        }

        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, bool>>(Build(QueryModels.Get<T>(), where, row), row);
    }

    private int _depth;

    private Expression Build(QueryModel model, IDictionary<string, object?> filter, Expression row)
    {
        if (++_depth > MaxDepth)
        {
            throw Invalid($"Filters nest at most {MaxDepth} levels deep.");
        }

        try
        {
            return BuildLevel(model, filter, row);
        }
        finally
        {
            _depth--;
        }
    }

    private Expression BuildLevel(QueryModel model, IDictionary<string, object?> filter, Expression row)
    {
        var parts = new List<Expression>();
        foreach (var (key, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            if (key == EntityFilterGraphType<object>.And)
            {
                parts.Add(Combine(Filters(value).Select(f => Build(model, f, row)), Expression.AndAlso, true));
            }
            else if (key == EntityFilterGraphType<object>.Or)
            {
                parts.Add(Combine(Filters(value).Select(f => Build(model, f, row)), Expression.OrElse, false));
            }
            else if (key == EntityFilterGraphType<object>.Not)
            {
                parts.Add(Expression.Not(Build(model, AsFilter(value), row)));
            }
            else if (model.ById.TryGetValue(key, out var scalar))
            {
                parts.Add(Operations(scalar, Expression.Property(row, scalar.Property), AsFilter(value)));
            }
            else if (model.Relations.FirstOrDefault(r => r.Name == key) is { } relation)
            {
                parts.Add(Relation(relation, row, AsFilter(value)));
            }
            else
            {
                throw Invalid($"{model.Name}Filter has no field '{key}'.");
            }
        }

        return Combine(parts, Expression.AndAlso, true);
    }

    private Expression Relation(RelationField relation, Expression row, IDictionary<string, object?> filter)
    {
        var target = QueryModels.Get(relation.Target);
        var related = Expression.Parameter(relation.Target, "f");
        Expression join = Expression.Equal(
            Rebind(relation.TargetKey, related),
            Rebind(relation.SourceKey, row));
        if (!relation.IsList)
        {
            return Exists(relation.Target, related, Expression.AndAlso(join, Build(target, filter, related)));
        }

        var withdrawn = filter.TryGetValue(RelationListFilterGraphType<object>.MetIngetrokken, out var all) && all is true;
        Expression live = !withdrawn && typeof(SourcedRecord).IsAssignableFrom(relation.Target)
            ? Expression.Not(Expression.Property(related, nameof(SourcedRecord.IsDeleted)))
            : Expression.Constant(true);

        var parts = new List<Expression>();
        foreach (var (key, value) in filter)
        {
            if (value is null || key == RelationListFilterGraphType<object>.MetIngetrokken)
            {
                continue;
            }

            var predicate = Build(target, AsFilter(value), related);
            parts.Add(key switch
            {
                RelationListFilterGraphType<object>.Some => SemiJoin(relation, related, Expression.AndAlso(live, predicate), row),
                RelationListFilterGraphType<object>.None => Expression.Not(Exists(relation.Target, related, Expression.AndAlso(join, Expression.AndAlso(live, predicate)))),
                RelationListFilterGraphType<object>.All => Expression.Not(Exists(relation.Target, related, Expression.AndAlso(join, Expression.AndAlso(live, Expression.Not(predicate))))),
                _ => throw Invalid($"{target.Name}ListFilter has no field '{key}'."),
            });
        }

        return Combine(parts, Expression.AndAlso, true);
    }

    /// <summary>
    /// <c>some</c> as a semi-join: <c>row.Id IN (SELECT f.InburgeraarId FROM facts f WHERE body)</c> on the caller-scoped
    /// set. Unlike a correlated <c>EXISTS</c>, which SQLite tests once per candidate row (every person of a gemeente),
    /// the planner can start from the matching facts (an index on the filtered columns) and look the rows up by key;
    /// PostgreSQL plans both as the same semi-join. For a caller with a restricted scope the sub-query also says
    /// <c>f.GemeenteCode IN (caller's gemeenten)</c>: the scope filter already demands it (the result is the same), but
    /// as <c>(@unrestricted OR …)</c> no index can answer it, and this term lets the <c>(GemeenteCode, …)</c> indexes do.
    /// </summary>
    private Expression SemiJoin(RelationField relation, ParameterExpression related, Expression body, Expression row)
    {
        if (db is HubDbContext { Scope.IsUnrestricted: false } scoped && typeof(IGemeenteScoped).IsAssignableFrom(relation.Target))
        {
            var gemeenten = Parameter(scoped.Scope.Gemeenten.ToArray(), typeof(string[]));
            var code = Expression.Property(related, nameof(IGemeenteScoped.GemeenteCode));
            body = Expression.AndAlso(Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], gemeenten, code), body);
        }

        var set = ((IQueryable)SetMethod.MakeGenericMethod(relation.Target).Invoke(db, null)!).Expression;
        var matching = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [relation.Target], set, Expression.Quote(Expression.Lambda(body, related)));
        var keys = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [relation.Target, typeof(long)], matching, Expression.Quote(relation.TargetKey));
        return Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(long)], keys, Rebind(relation.SourceKey, row));
    }

    /// <summary><c>db.Set&lt;TTarget&gt;().Any(f =&gt; body)</c>: an EXISTS sub-query on the caller-scoped set.</summary>
    private Expression Exists(Type target, ParameterExpression related, Expression body)
    {
        var set = (IQueryable)SetMethod.MakeGenericMethod(target).Invoke(db, null)!;
        return Expression.Call(
            typeof(Queryable), nameof(Queryable.Any), [target], set.Expression, Expression.Quote(Expression.Lambda(body, related)));
    }

    private static Expression Operations(ScalarField field, Expression member, IDictionary<string, object?> operations)
    {
        var parts = new List<Expression>();
        foreach (var (op, raw) in operations)
        {
            if (op == OperationFilterGraphType.IsNull)
            {
                if (raw is bool isNull)
                {
                    parts.Add(field.IsNullable
                        ? (isNull ? Expression.Equal(member, Expression.Constant(null, member.Type)) : Expression.NotEqual(member, Expression.Constant(null, member.Type)))
                        : Expression.Constant(!isNull));
                }

                continue;
            }

            if (raw is null)
            {
                continue;
            }

            parts.Add(op switch
            {
                OperationFilterGraphType.Eq => Expression.Equal(member, Value(field, member.Type, raw)),
                OperationFilterGraphType.Neq => NotNullAnd(field, member, Expression.NotEqual(member, Value(field, member.Type, raw))),
                OperationFilterGraphType.In => In(field, member, raw),
                OperationFilterGraphType.Nin => NotNullAnd(field, member, Expression.Not(In(field, member, raw))),
                OperationFilterGraphType.Gt => Compare(member, Value(field, member.Type, raw), ExpressionType.GreaterThan),
                OperationFilterGraphType.Gte => Compare(member, Value(field, member.Type, raw), ExpressionType.GreaterThanOrEqual),
                OperationFilterGraphType.Lt => Compare(member, Value(field, member.Type, raw), ExpressionType.LessThan),
                OperationFilterGraphType.Lte => Compare(member, Value(field, member.Type, raw), ExpressionType.LessThanOrEqual),
                OperationFilterGraphType.Contains => NotNullAnd(field, member, Expression.Call(member, StringContains, Value(field, typeof(string), raw))),
                OperationFilterGraphType.StartsWith => NotNullAnd(field, member, StartsWith(member, Value(field, typeof(string), raw))),
                _ => throw Invalid($"Unknown operation '{op}' on {field.Name}."),
            });
        }

        return Combine(parts, Expression.AndAlso, true);
    }

    /// <summary>
    /// <c>startsWith</c> as <c>substr(column, 1, length(value)) = value</c>: case-sensitive, code point by
    /// code point, on SQLite as on PostgreSQL (C collation), like <c>eq</c> and <c>contains</c>. (EF's
    /// <see cref="string.StartsWith(string)"/> becomes <c>LIKE</c>, which ignores ASCII case on SQLite only.)
    /// </summary>
    private static BinaryExpression StartsWith(Expression member, Expression value) =>
        Expression.Equal(
            Expression.Call(member, StringSubstring, Expression.Constant(0), Expression.Property(value, nameof(string.Length))),
            value);

    /// <summary>A comparison; text compares with <see cref="string.Compare(string, string)"/>, which EF translates to the column operator.</summary>
    internal static Expression Compare(Expression member, Expression value, ExpressionType comparison)
    {
        if (member.Type == typeof(string))
        {
            return Expression.MakeBinary(comparison, Expression.Call(StringCompare, member, value), Expression.Constant(0));
        }

        return Expression.MakeBinary(comparison, member, value);
    }

    private static Expression NotNullAnd(ScalarField field, Expression member, Expression condition) =>
        field.IsNullable ? Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, member.Type)), condition) : condition;

    private static Expression In(ScalarField field, Expression member, object raw)
    {
        var listType = typeof(List<>).MakeGenericType(member.Type);
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var item in (IEnumerable)raw)
        {
            list.Add(Coerce(field, item));
        }

        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], Parameter(list, listType), member);
    }

    /// <summary>The value as a query parameter of <paramref name="type"/> (a closure member, as a C# lambda would capture it).</summary>
    internal static Expression Value(ScalarField field, Type type, object? raw) => Parameter(raw is null ? null : Coerce(field, raw), type);

    internal static Expression Parameter(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), nameof(Box<object>.Value));
    }

    private static object Coerce(ScalarField field, object raw)
    {
        if (field.IsId)
        {
            return long.TryParse(Convert.ToString(raw, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id
                : throw Invalid($"'{raw}' is not an id ({field.Name}).");
        }

        var type = field.ValueType;
        return type.IsInstanceOfType(raw) ? raw : type.IsEnum ? Enum.ToObject(type, raw) : Convert.ChangeType(raw, type, CultureInfo.InvariantCulture);
    }

    private static Expression Rebind(LambdaExpression lambda, Expression parameter) =>
        new Rebinder(lambda.Parameters[0], parameter).Visit(lambda.Body);

    private static Expression Combine(IEnumerable<Expression> parts, Func<Expression, Expression, BinaryExpression> join, bool empty)
    {
        Expression? result = null;
        foreach (var part in parts)
        {
            result = result is null ? part : join(result, part);
        }

        return result ?? Expression.Constant(empty);
    }

    private static IEnumerable<IDictionary<string, object?>> Filters(object value) =>
        value is IEnumerable list and not IDictionary<string, object?> ? list.Cast<object>().Select(AsFilter) : [AsFilter(value)];

    private static IDictionary<string, object?> AsFilter(object? value) =>
        value as IDictionary<string, object?> ?? throw Invalid("Expected an input object.");

    internal static ExecutionError Invalid(string message) => new(message) { Code = "INVALID_FILTER" };

    /// <summary>Holds a value so EF sees a captured variable and sends it as a parameter.</summary>
    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }

    private sealed class Rebinder(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
