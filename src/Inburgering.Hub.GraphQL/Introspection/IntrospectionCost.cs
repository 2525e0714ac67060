using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Inburgering.Hub.GraphQL.Introspection;

/// <summary>
/// The complexity of introspection fields (<c>__schema</c>, <c>__type</c> and every field of the
/// <c>__Xxx</c> types) as what they return: they read the schema in memory, not the database, so a
/// list costs the number of elements the schema really has, not the data default (5 per list, or
/// <c>first</c>). Every field costs 1 and multiplies its children by:
/// <list type="bullet">
/// <item><c>__Schema.types</c> / <c>directives</c>: the number of types / directives;</item>
/// <item>a list of an element that is part of a whole-schema enumeration (<c>types { fields { args } }</c>,
/// <c>types { inputFields }</c>, <c>directives { args }</c>, …): the mean length of that list over the
/// schema — the sum over the enumeration is then exactly the number of elements returned;</item>
/// <item>a list of any other element (reached through <c>__type</c>, <c>type</c>, <c>ofType</c>,
/// <c>interfaces</c>, <c>possibleTypes</c>, …): the longest such list in the schema, an upper bound;</item>
/// <item><c>ofType</c>: 1 while the schema has a type reference wrapped that deep (<c>[X!]!</c> is 3
/// deep), 0 below, where it is always null.</item>
/// </list>
/// So the standard <c>getIntrospectionQuery</c> costs about the number of values in its answer (pinned
/// under every role's limit by <c>IntrospectionCostTests</c>), while a nested introspection query still
/// pays for every level it multiplies; data fields in the same request keep their own cost.
/// </summary>
internal static class IntrospectionCost
{
    private static readonly ConditionalWeakTable<ISchema, SchemaSizes> Sizes = [];

    /// <summary>
    /// Wraps <paramref name="options"/>' default field cost so introspection fields are priced as
    /// above; every other field keeps GraphQL.NET's default (a list multiplies by <c>first</c> or 5).
    /// </summary>
    public static ComplexityOptions PriceIntrospection(this ComplexityOptions options)
    {
        var data = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context => IsIntrospection(context) ? Price(context) : data(context);
        return options;
    }

    private static bool IsIntrospection(FieldImpactContext context) =>
        IsIntrospectionType(context.ParentType) || context.FieldDefinition.Name is "__schema" or "__type";

    private static bool IsIntrospectionType(IGraphType type) => type.Name.StartsWith("__", StringComparison.Ordinal);

    private static FieldComplexityResult Price(FieldImpactContext context)
    {
        var sizes = Sizes.GetValue(context.ValidationContext.Schema, SchemaSizes.Measure);
        var name = context.FieldDefinition.Name;
        if (name == "ofType")
        {
            return new(1, OfTypeLevel(context) <= sizes.MaxWrapping ? 1 : 0);
        }

        var uniform = IsEnumerated(context.Parent);
        double multiplier = (context.ParentType.Name, name) switch
        {
            ("__Schema", "types") => sizes.Types,
            ("__Schema", "directives") => sizes.Directives,
            ("__Type", "fields") => uniform ? sizes.Fields.Mean : sizes.Fields.Max,
            ("__Type", "inputFields") => uniform ? sizes.InputFields.Mean : sizes.InputFields.Max,
            ("__Type", "enumValues") => uniform ? sizes.EnumValues.Mean : sizes.EnumValues.Max,
            ("__Type", "interfaces") => uniform ? sizes.Interfaces.Mean : sizes.Interfaces.Max,
            ("__Type", "possibleTypes") => uniform ? sizes.PossibleTypes.Mean : sizes.PossibleTypes.Max,
            ("__Field", "args") => uniform ? sizes.FieldArgs.Mean : sizes.FieldArgs.Max,
            ("__Directive", "args") => uniform ? sizes.DirectiveArgs.Mean : sizes.DirectiveArgs.Max,
            ("__Directive", "locations") => uniform ? sizes.Locations.Mean : sizes.Locations.Max,
            _ => 1,
        };
        return new(1, multiplier);
    }

    /// <summary>How many <c>ofType</c> fields are nested here, this one included.</summary>
    private static int OfTypeLevel(FieldImpactContext context)
    {
        var level = 1;
        for (var parent = context.Parent; parent is { } p && p.FieldDefinition.Name == "ofType"; parent = p.Parent)
        {
            level++;
        }

        return level;
    }

    /// <summary>
    /// Whether <paramref name="element"/>'s field returns every element of its kind: <c>__schema.types</c>,
    /// <c>__schema.directives</c>, or a field/argument/input field/enum value list of such an element.
    /// </summary>
    private static bool IsEnumerated(FieldImpactContext? element) => element switch
    {
        { FieldDefinition.Name: "types" or "directives" } e => ReturnsIntrospection(e.FieldDefinition),
        { FieldDefinition.Name: "fields" or "args" or "inputFields" or "enumValues" } e => ReturnsIntrospection(e.FieldDefinition) && IsEnumerated(e.Parent),
        _ => false,
    };

    /// <summary>Whether <paramref name="field"/> returns (a list of) an introspection type; a parent's own parent type is not known.</summary>
    private static bool ReturnsIntrospection(FieldType field)
    {
        var type = field.ResolvedType;
        while (type is IProvideResolvedType wrapper)
        {
            type = wrapper.ResolvedType;
        }

        return type is not null && IsIntrospectionType(type);
    }

    /// <summary>The sizes of one schema's introspection lists, measured once per schema instance.</summary>
    private sealed record SchemaSizes(
        int Types,
        int Directives,
        ListSize Fields,
        ListSize InputFields,
        ListSize EnumValues,
        ListSize Interfaces,
        ListSize PossibleTypes,
        ListSize FieldArgs,
        ListSize DirectiveArgs,
        ListSize Locations,
        int MaxWrapping)
    {
        public static SchemaSizes Measure(ISchema schema)
        {
            schema.Initialize();
            var types = schema.AllTypes.ToList();
            var fields = types.OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType).SelectMany(t => t.Fields).ToList();
            var inputFields = types.OfType<IInputObjectGraphType>().SelectMany(t => t.Fields).ToList();
            var directives = schema.Directives.ToList();
            var wrapping = fields.Concat(inputFields).Select(f => f.ResolvedType)
                .Concat(fields.SelectMany(f => (IEnumerable<QueryArgument>?)f.Arguments ?? []).Select(a => a.ResolvedType))
                .Concat(directives.SelectMany(d => (IEnumerable<QueryArgument>?)d.Arguments ?? []).Select(a => a.ResolvedType))
                .Select(Wrapping)
                .DefaultIfEmpty(0)
                .Max();
            return new SchemaSizes(
                types.Count,
                directives.Count,
                ListSize.Over(types, t => t is IComplexGraphType c and not IInputObjectGraphType ? c.Fields.Count : 0),
                ListSize.Over(types, t => t is IInputObjectGraphType i ? i.Fields.Count : 0),
                ListSize.Over(types, t => t is EnumerationGraphType e ? e.Values.Count : 0),
                ListSize.Over(types, t => t is IImplementInterfaces i ? i.ResolvedInterfaces.Count : 0),
                ListSize.Over(types, t => t is IAbstractGraphType a ? a.PossibleTypes.Count : 0),
                ListSize.Over(fields, f => f.Arguments?.Count ?? 0),
                ListSize.Over(directives, d => d.Arguments?.Count ?? 0),
                ListSize.Over(directives, d => d.Locations.Count),
                wrapping);
        }

        /// <summary>How many list and non-null wrappers a type reference has (<c>[X!]!</c>: 3).</summary>
        private static int Wrapping(IGraphType? type)
        {
            var depth = 0;
            while (type is IProvideResolvedType wrapper)
            {
                depth++;
                type = wrapper.ResolvedType;
            }

            return depth;
        }
    }

    /// <summary>Mean and longest length of one kind of introspection list.</summary>
    private readonly record struct ListSize(double Mean, int Max)
    {
        public static ListSize Over<T>(IReadOnlyCollection<T> owners, Func<T, int> length) =>
            owners.Count == 0 ? new(0, 0) : new(owners.Average(o => (double)length(o)), owners.Max(length));
    }
}
