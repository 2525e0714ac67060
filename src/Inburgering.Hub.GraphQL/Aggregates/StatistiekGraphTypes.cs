using GraphQL.Types;
using Inburgering.Hub.GraphQL.Querying;

namespace Inburgering.Hub.GraphQL.Aggregates;

/// <summary><c>XxxDimensie</c>: the fields a statistics query can group on.</summary>
public sealed class StatistiekDimensieGraphType<TEntity> : EnumerationGraphType
{
    public StatistiekDimensieGraphType()
    {
        var model = StatistiekModel.Get<TEntity>();
        Name = model.Name + "Dimensie";
        Description = $"A field of {model.Name} to group on.";
        foreach (var dimensie in model.Dimensies)
        {
            Add(StatistiekModel.Constant(dimensie.Name), dimensie.Name, $"Group on {dimensie.Name}.");
        }
    }
}

/// <summary><c>XxxDatumVeld</c>: the date fields a statistics query can bucket on.</summary>
public sealed class StatistiekDatumVeldGraphType<TEntity> : EnumerationGraphType
{
    public StatistiekDatumVeldGraphType()
    {
        var model = StatistiekModel.Get<TEntity>();
        Name = model.Name + "DatumVeld";
        Description = $"A date of {model.Name} to group on, bucketed by a Periodisering.";
        foreach (var datum in model.Datums)
        {
            Add(StatistiekModel.Constant(datum.Name), datum.Name, $"Bucket {datum.Name}.");
        }
    }
}

/// <summary>Date bucket size.</summary>
public sealed class PeriodiseringGraphType : EnumerationGraphType<Periodisering>
{
    public PeriodiseringGraphType()
    {
        Name = "Periodisering";
        Description = "Date bucket: MAAND (2023-05), KWARTAAL (2023-Q1), HALFJAAR (2023-H1), JAAR (2023).";
    }
}

/// <summary>Date bucket size.</summary>
public enum Periodisering
{
    Maand,
    Kwartaal,
    Halfjaar,
    Jaar,
}

/// <summary><c>XxxDatumGroepering</c>: a date field and its bucket.</summary>
public sealed class StatistiekDatumGraphType<TEntity> : InputObjectGraphType
{
    public const string Veld = "veld";
    public const string Per = "per";

    public StatistiekDatumGraphType()
    {
        var model = StatistiekModel.Get<TEntity>();
        Name = model.Name + "DatumGroepering";
        Description = $"Group {model.Name} also on a date, bucketed (the key's periode).";
        Field<NonNullGraphType<StatistiekDatumVeldGraphType<TEntity>>>(Veld);
        Field<NonNullGraphType<PeriodiseringGraphType>>(Per);
    }
}

/// <summary><c>AantalBereik</c>: inclusive bounds on a count.</summary>
public sealed class AantalBereikGraphType : InputObjectGraphType
{
    public AantalBereikGraphType()
    {
        Name = "AantalBereik";
        Description = "Inclusive bounds on a count.";
        Field<IntGraphType>("gte");
        Field<IntGraphType>("lte");
    }
}

/// <summary><c>StatistiekHaving</c>: conditions on a group's counts (SQL HAVING).</summary>
public sealed class StatistiekHavingGraphType : InputObjectGraphType
{
    public StatistiekHavingGraphType()
    {
        Name = "StatistiekHaving";
        Description = "Keep only the groups whose counts are within bounds (SQL HAVING).";
        Field<AantalBereikGraphType>("aantal");
        Field<AantalBereikGraphType>("aantalPersonen");
    }
}

/// <summary>Order of the groups.</summary>
public enum StatistiekVolgorde
{
    Sleutel,
    AantalAsc,
    AantalDesc,
    AantalPersonenAsc,
    AantalPersonenDesc,
}

/// <summary><c>StatistiekOrder</c>.</summary>
public sealed class StatistiekOrderGraphType : EnumerationGraphType<StatistiekVolgorde>
{
    public StatistiekOrderGraphType()
    {
        Name = "StatistiekOrder";
        Description = "Order of the groups: by key (default), or by a count (ties by key).";
    }
}

/// <summary><c>Statistiek</c>: som/gemiddelde/minimum/maximum of a numeric field.</summary>
public sealed class StatistiekGraphType : ObjectGraphType<Statistiek>
{
    public StatistiekGraphType()
    {
        Name = "Statistiek";
        Description = "Aggregates of a numeric field over the rows of a group that have a value (null when none has).";
        Field<FloatGraphType>("som").Resolve(c => c.Source.Som);
        Field<FloatGraphType>("gemiddelde").Resolve(c => c.Source.Gemiddelde);
        Field<FloatGraphType>("minimum").Resolve(c => c.Source.Minimum);
        Field<FloatGraphType>("maximum").Resolve(c => c.Source.Maximum);
    }
}

/// <summary><c>XxxSleutel</c>: the values of the dimensions grouped on (null for the others).</summary>
public sealed class StatistiekSleutelGraphType<TEntity> : ObjectGraphType<StatistiekGroep>
{
    public StatistiekSleutelGraphType()
    {
        var model = StatistiekModel.Get<TEntity>();
        Name = model.Name + "Sleutel";
        Description = $"The key of a group of {model.Name}: the grouped dimensions' values; the others are null.";
        foreach (var dimensie in model.Dimensies)
        {
            var name = dimensie.Name;
            Field(name, OutputType(dimensie)).Resolve(c => c.Source.Sleutel.GetValueOrDefault(name));
        }

        if (model.Datums.Count > 0)
        {
            Field<StringGraphType>("periode").Description("The date bucket: 2023-05, 2023-Q1, 2023-H1 or 2023.").Resolve(c => c.Source.Periode);
        }
    }

    private static Type OutputType(ScalarField field)
    {
        if (field.ValueType.IsEnum)
        {
            // EnumFilterGraphType<TEnumGraph>: the output field's enum graph type, so values print as the contract codes.
            return field.OperationType.GetGenericArguments()[0];
        }

        return field.ValueType == typeof(bool) ? typeof(BooleanGraphType) : typeof(StringGraphType);
    }
}

/// <summary><c>XxxGroep</c>: one group of a statistics query.</summary>
public sealed class StatistiekGroepGraphType<TEntity> : ObjectGraphType<StatistiekGroep>
{
    public StatistiekGroepGraphType()
    {
        var model = StatistiekModel.Get<TEntity>();
        Name = model.Name + "Groep";
        Description = $"One group of {model.Name}.";
        Field<NonNullGraphType<StatistiekSleutelGraphType<TEntity>>>("sleutel").Resolve(c => c.Source);
        Field<IntGraphType>("aantal").Description("Rows in the group; perturbed by the cell-key method when the group has rows of gemeenten you count only through regio (listed in extensions.verstoord).").Resolve(c => c.Source.Aantal);
        Field<IntGraphType>("aantalPersonen").Description("Distinct persons in the group (null when the rows are not about persons); perturbed like aantal.").Resolve(c => c.Source.AantalPersonen);
        foreach (var waarde in model.Waarden)
        {
            var name = waarde.Name;
            Field<NonNullGraphType<StatistiekGraphType>>(name).Description($"som/gemiddelde/minimum/maximum of {name}; null for groups with rows of gemeenten you count only through regio (listed in extensions.onderdrukt).").Resolve(c => c.Source.Waarden[name]);
        }
    }
}
