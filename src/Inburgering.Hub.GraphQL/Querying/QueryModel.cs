using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Operational;
using Inburgering.Hub.GraphQL.Aggregates;
using Inburgering.Hub.GraphQL.Operational;
using Inburgering.Hub.GraphQL.Types;

namespace Inburgering.Hub.GraphQL.Querying;

/// <summary>A filterable, sortable scalar of an entity: a public property that its graph type exposes under <see cref="Name"/>.</summary>
public sealed class ScalarField
{
    internal ScalarField(string name, PropertyInfo property, Type operationType, bool isId)
    {
        Name = name;
        Property = property;
        OperationType = operationType;
        IsId = isId;
        ValueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        IsNullable = !property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null;
        var row = Expression.Parameter(typeof(object), "row");
        Getter = Expression.Lambda<Func<object, object?>>(
            Expression.Convert(Expression.Property(Expression.Convert(row, property.DeclaringType!), property), typeof(object)), row).Compile();
    }

    /// <summary>The output (and so filter and order) field name.</summary>
    public string Name { get; }

    public PropertyInfo Property { get; }

    /// <summary>The operation input type (<c>StringFilter</c>, <c>DateFilter</c>, an enum filter, …).</summary>
    public Type OperationType { get; }

    /// <summary>The property type without <see cref="Nullable{T}"/>.</summary>
    public Type ValueType { get; }

    public bool IsNullable { get; }

    /// <summary>Can be a sort key: every filterable scalar except timestamps (SQLite cannot order them in SQL).</summary>
    public bool IsOrderable => ValueType != typeof(DateTimeOffset);

    /// <summary>Printed as <c>ID</c>: filter values are ids (strings of digits).</summary>
    public bool IsId { get; }

    internal Func<object, object?> Getter { get; }
}

/// <summary>A relation of an entity that filters can follow: a list (<c>some/none/all</c>) or one related row.</summary>
public sealed class RelationField
{
    internal RelationField(string name, Type target, bool isList, LambdaExpression targetKey, LambdaExpression sourceKey)
    {
        Name = name;
        Target = target;
        IsList = isList;
        TargetKey = targetKey;
        SourceKey = sourceKey;
    }

    public string Name { get; }

    /// <summary>The related entity type (a set of the context).</summary>
    public Type Target { get; }

    public bool IsList { get; }

    /// <summary>Key on the related row (<c>f => f.InburgeraarId</c> for a list, <c>i => i.Id</c> for a reference).</summary>
    internal LambdaExpression TargetKey { get; }

    /// <summary>Key on the filtered row that <see cref="TargetKey"/> must equal.</summary>
    internal LambdaExpression SourceKey { get; }
}

/// <summary>
/// What the query surface can filter and sort an entity on. Scalars come from reflection over the
/// entity's public properties, kept only when the entity's output graph type has a field of the same
/// name (camelCase, or an explicit rename such as <c>IsDeleted → ingetrokken</c>), so the filter and
/// order inputs name exactly the output fields and never expose what the output does not (pseudonyms,
/// hashes). Enum filters reuse the enum graph type of the output field, so values print as the codes.
/// </summary>
public sealed class QueryModel
{
    private readonly List<RelationField> _relations = [];

    private QueryModel(Type entity, string name, IReadOnlyList<ScalarField> scalars)
    {
        Entity = entity;
        Name = name;
        Scalars = scalars;
        ById = scalars.ToDictionary(s => s.Name, StringComparer.Ordinal);
    }

    public Type Entity { get; }

    /// <summary>The output graph type's name, the stem of <c>XxxFilter</c> and <c>XxxOrder</c>.</summary>
    public string Name { get; }

    public IReadOnlyList<ScalarField> Scalars { get; }

    public IReadOnlyList<RelationField> Relations => _relations;

    internal IReadOnlyDictionary<string, ScalarField> ById { get; }

    internal static QueryModel Create(Type entity, IComplexGraphType output, IReadOnlyDictionary<string, string> renames)
    {
        var scalars = new List<ScalarField>();
        foreach (var property in entity.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
        {
            var name = renames.TryGetValue(property.Name, out var renamed) ? renamed : Camel(property.Name);

            // Expression fields keep the member name until the schema's name converter camel-cases it.
            var field = output.Fields.FirstOrDefault(f => Camel(f.Name) == name);
            if (field is null)
            {
                continue;
            }

            var outputType = Unwrap(field.Type);
            if (outputType is not null && (outputType.IsGenericType && outputType.GetGenericTypeDefinition() == typeof(ListGraphType<>)))
            {
                continue;
            }

            var isId = outputType == typeof(IdGraphType);
            var operation = OperationTypes.For(property.PropertyType, outputType, isId);
            if (operation is not null)
            {
                scalars.Add(new ScalarField(name, property, operation, isId));
            }
        }

        // In the order the output type declares its fields.
        var position = output.Fields.Select((f, i) => (Camel(f.Name), i)).ToDictionary(p => p.Item1, p => p.i, StringComparer.Ordinal);
        return new QueryModel(entity, output.Name, [.. scalars.OrderBy(s => position[s.Name])]);
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    internal void AddRelation(RelationField relation) => _relations.Add(relation);

    private static Type? Unwrap(Type? type) =>
        type is { IsGenericType: true } && type.GetGenericTypeDefinition() == typeof(NonNullGraphType<>) ? type.GetGenericArguments()[0] : type;
}

/// <summary>The entities of the query surface, their output graph types, renames and relations (one place).</summary>
public static class QueryModels
{
    private static readonly Dictionary<string, string> Sourced = new(StringComparer.Ordinal) { [nameof(SourcedRecord.IsDeleted)] = "ingetrokken" };

    private static readonly Lazy<IReadOnlyDictionary<Type, QueryModel>> All = new(Build);

    /// <summary>The model of <typeparamref name="T"/>.</summary>
    public static QueryModel Get<T>() => Get(typeof(T));

    public static QueryModel Get(Type entity) =>
        All.Value.TryGetValue(entity, out var model) ? model : throw new InvalidOperationException($"{entity.Name} is not part of the query surface.");

    private static Dictionary<Type, QueryModel> Build()
    {
        var models = new Dictionary<Type, QueryModel>();
        void Add<T, TGraph>(Dictionary<string, string>? renames = null)
            where TGraph : IComplexGraphType, new() =>
            models[typeof(T)] = QueryModel.Create(typeof(T), new TGraph(), renames ?? new Dictionary<string, string>(StringComparer.Ordinal));

        Add<Inburgeraar, InburgeraarGraphType>();
        Add<Koppeling, KoppelingGraphType>(Sourced);
        Add<Taakstelling, TaakstellingGraphType>(new(Sourced, StringComparer.Ordinal) { [nameof(Taakstelling.Aantal)] = "taakstelling" });
        Add<LeerrouteDeelname, LeerrouteDeelnameGraphType>(Sourced);
        Add<Voortgangsmeting, VoortgangsmetingGraphType>(Sourced);
        Add<BredeIntake, BredeIntakeGraphType>(Sourced);
        Add<Participatieactiviteit, ParticipatieactiviteitGraphType>(Sourced);
        Add<Uitkering, UitkeringGraphType>(Sourced);
        Add<Ontzorgtraject, OntzorgtrajectGraphType>(Sourced);
        Add<MapTraject, MapTrajectGraphType>(Sourced);
        Add<Pvt, PvtGraphType>(Sourced);
        Add<Inburgeringsplicht, InburgeringsplichtGraphType>(Sourced);
        Add<DuoMelding, DuoMeldingGraphType>(Sourced);
        Add<Examenonderdeel, ExamenonderdeelGraphType>(Sourced);
        Add<SyncRun, SyncRunGraphType>();
        Add<QuarantineRecord, QuarantineRecordGraphType>();
        Add<PipDoorlooptijd, PipDoorlooptijdGraphType>();

        var person = models[typeof(Inburgeraar)];
        Facts<Koppeling>(models, person, "koppelingen");
        Facts<LeerrouteDeelname>(models, person, "leerrouteDeelnames");
        Facts<BredeIntake>(models, person, "intakes");
        Facts<Participatieactiviteit>(models, person, "participatie");
        Facts<Uitkering>(models, person, "uitkeringen");
        Facts<Ontzorgtraject>(models, person, "ontzorgtrajecten");
        Facts<MapTraject>(models, person, "mapTrajecten");
        Facts<Pvt>(models, person, "pvts");
        Facts<Inburgeringsplicht>(models, person, "plichten");
        Facts<DuoMelding>(models, person, "meldingen");
        Facts<Examenonderdeel>(models, person, "examens");
        Facts<Voortgangsmeting>(models, null, null);

        models[typeof(LeerrouteDeelname)].AddRelation(List<LeerrouteDeelname, Voortgangsmeting>("voortgangsmetingen", m => m.LeerrouteDeelnameId));
        models[typeof(Voortgangsmeting)].AddRelation(Reference<Voortgangsmeting, LeerrouteDeelname>("leerrouteDeelname", m => m.LeerrouteDeelnameId));
        return models;
    }

    /// <summary>The person's list of <typeparamref name="TFact"/> and the fact's <c>inburgeraar</c>.</summary>
    private static void Facts<TFact>(Dictionary<Type, QueryModel> models, QueryModel? person, string? listName)
        where TFact : PersonFact
    {
        if (person is not null && listName is not null)
        {
            person.AddRelation(List<Inburgeraar, TFact>(listName, f => f.InburgeraarId));
        }

        models[typeof(TFact)].AddRelation(Reference<TFact, Inburgeraar>("inburgeraar", f => f.InburgeraarId));
    }

    private static RelationField List<TSource, TTarget>(string name, Expression<Func<TTarget, long>> foreignKey)
    {
        return new RelationField(name, typeof(TTarget), isList: true, foreignKey, IdOf<TSource>());
    }

    private static RelationField Reference<TSource, TTarget>(string name, Expression<Func<TSource, long>> foreignKey)
    {
        return new RelationField(name, typeof(TTarget), isList: false, IdOf<TTarget>(), foreignKey);
    }

    /// <summary><c>row => row.Id</c>: every entity of the surface has a <c>long Id</c>.</summary>
    internal static Expression<Func<T, long>> IdOf<T>()
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, long>>(Expression.Property(row, "Id"), row);
    }
}
