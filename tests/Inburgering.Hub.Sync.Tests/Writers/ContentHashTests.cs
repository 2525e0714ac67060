using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Sync.Writers;

namespace Inburgering.Hub.Sync.Tests.Writers;

/// <summary>
/// The content hash is stored on every canonical row and compared with the next delivery's: if the
/// hashed text changed, every stored row would count as changed once. <see cref="ContentProperties{T}.Hash"/>
/// builds it with the runtime's pooled text builder; these tests pin it to the plain form it had (a StringBuilder of
/// <c>identity␟Name=value␟…</c> with <see cref="Convert.ToString(object, IFormatProvider)"/>) for every
/// canonical entity type, with values of every scalar kind, nulls, long text and non-ASCII text.
/// </summary>
public sealed class ContentHashTests
{
    private static readonly Type[] Types =
    [
        typeof(Koppeling), typeof(DuoMelding), typeof(Inburgeringsplicht), typeof(LeerrouteDeelname), typeof(MapTraject),
        typeof(Ontzorgtraject), typeof(Participatieactiviteit), typeof(Pvt), typeof(Uitkering), typeof(Voortgangsmeting),
        typeof(Boete), typeof(BredeIntake), typeof(Examenonderdeel), typeof(PlichtGemeente), typeof(TermijnVerlenging), typeof(Taakstelling),
    ];

    public static TheoryData<Type> EntityTypes() => [.. Types];

    [Theory]
    [MemberData(nameof(EntityTypes))]
    public void The_hash_is_the_sha256_of_the_same_text_as_before(Type type)
    {
        var method = typeof(ContentHashTests).GetMethod(nameof(Check), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        for (var seed = 0; seed < 40; seed++)
        {
            method.Invoke(null, [seed]);
        }
    }

    [Fact]
    public void A_long_text_value_grows_the_buffer_and_hashes_the_same()
    {
        var koppeling = new Koppeling { GemeenteCode = "GM0405", SourceId = "x", GezinId = new string('é', 5000) + "\U0001F600" + new string('a', 3000) };
        Assert.Equal(Reference(koppeling, "p"), ContentProperties<Koppeling>.Hash(koppeling, "p"));
    }

    /// <summary>
    /// Text lengths around the first buffer's 512 characters, so a value's formatting meets a full buffer
    /// (TryFormat fails, the buffer grows, the value is formatted again) at every offset.
    /// </summary>
    [Fact]
    public void A_value_formatted_at_the_end_of_the_first_buffer_hashes_the_same()
    {
        for (var length = 400; length <= 560; length++)
        {
            var koppeling = new Koppeling
            {
                GemeenteCode = "GM0405",
                SourceId = "x",
                GezinId = new string('a', length),
                Gezinsrol = Gezinsrol.Hoofdpersoon,
                Huisvestingsdatum = new DateOnly(2024, 2, 29),
            };
            Assert.Equal(Reference(koppeling, null), ContentProperties<Koppeling>.Hash(koppeling, null));
        }
    }

    /// <summary>Values the random rows do not produce: combined flags, negative numbers, extremes.</summary>
    [Fact]
    public void Combined_flags_negative_and_extreme_values_hash_the_same()
    {
        foreach (var posten in new[] { OntzorgPost.None, OntzorgPost.Huur | OntzorgPost.Energie, (OntzorgPost)15, (OntzorgPost)16, (OntzorgPost)(-1) })
        {
            var traject = new Ontzorgtraject { GemeenteCode = "GM0405", SourceId = "x", Posten = posten };
            Assert.Equal(Reference(traject, "p"), ContentProperties<Ontzorgtraject>.Hash(traject, "p"));
        }

        foreach (var type in Types)
        {
            typeof(ContentHashTests).GetMethod(nameof(CheckExtremes), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type).Invoke(null, null);
        }
    }

    private static void CheckExtremes<T>()
        where T : SourcedRecord, new()
    {
        foreach (var pick in new Func<Type, object?>[] { MinimumOf, MaximumOf })
        {
            var entity = new T();
            foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                if (pick(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) is { } value)
                {
                    property.SetValue(entity, value);
                }
            }

            Assert.Equal(Reference(entity, "p"), ContentProperties<T>.Hash(entity, "p"));
        }
    }

    private static object? MinimumOf(Type t) =>
        t == typeof(int) ? int.MinValue : t == typeof(long) ? long.MinValue : t == typeof(decimal) ? -1234567.891m
        : t == typeof(DateOnly) ? DateOnly.MinValue : t.IsEnum ? Enum.ToObject(t, -1) : t == typeof(string) ? "" : null;

    private static object? MaximumOf(Type t) =>
        t == typeof(int) ? int.MaxValue : t == typeof(long) ? long.MaxValue : t == typeof(decimal) ? decimal.MaxValue
        : t == typeof(DateOnly) ? DateOnly.MaxValue : t.IsEnum ? Enum.ToObject(t, int.MaxValue) : t == typeof(string) ? "\U0001F600" : null;

    [Fact]
    public void An_unpaired_surrogate_is_encoded_as_before()
    {
        var koppeling = new Koppeling { GemeenteCode = "GM0405", SourceId = "x", GezinId = "a\uD800b" };
        Assert.Equal(Reference(koppeling, null), ContentProperties<Koppeling>.Hash(koppeling, null));
    }

    private static void Check<T>(int seed)
        where T : SourcedRecord, new()
    {
        var random = new Random(seed);
        var entity = new T();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var value = Value(property.PropertyType, random);
            if (value is not null || !property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null)
            {
                property.SetValue(entity, value);
            }
        }

        var identity = random.Next(3) == 0 ? null : "pseudoniem-" + random.Next();
        Assert.Equal(Reference(entity, identity), ContentProperties<T>.Hash(entity, identity));
    }

    private static object? Value(Type type, Random random)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if ((underlying is not null || type == typeof(string)) && random.Next(4) == 0)
        {
            return null;
        }

        var t = underlying ?? type;
        if (t == typeof(string))
        {
            return random.Next(3) switch { 0 => "GM0405", 1 => "Zoë, \"quoted\";\u001f", _ => new string((char)('a' + random.Next(26)), random.Next(0, 40)) };
        }

        if (t.IsEnum)
        {
            var values = Enum.GetValues(t);
            return random.Next(5) == 0 ? Enum.ToObject(t, 999) : values.GetValue(random.Next(values.Length));
        }

        return t switch
        {
            _ when t == typeof(int) => random.Next(int.MinValue, int.MaxValue),
            _ when t == typeof(long) => random.NextInt64(),
            _ when t == typeof(bool) => random.Next(2) == 1,
            _ when t == typeof(decimal) => (decimal)random.NextDouble() * 1000m,
            _ when t == typeof(double) => random.NextDouble() * 1e6,
            _ when t == typeof(DateOnly) => new DateOnly(2020, 1, 1).AddDays(random.Next(2000)),
            _ when t == typeof(DateTime) => new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(random.Next()),
            _ when t == typeof(DateTimeOffset) => new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.FromHours(random.Next(-5, 5))).AddSeconds(random.Next()),
            _ => null,
        };
    }

    /// <summary>The hash as it was first written: a StringBuilder, Convert.ToString, Encoding.UTF8.GetBytes.</summary>
    private static string Reference<T>(T entity, string? identity)
        where T : SourcedRecord
    {
        var provenance = typeof(SourcedRecord).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.Append(identity).Append('\u001f');
        foreach (var p in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanRead && p.CanWrite && !provenance.Contains(p.Name) && IsScalar(p.PropertyType))
                     .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (p.Name == nameof(PersonFact.InburgeraarId))
            {
                continue;
            }

            sb.Append(p.Name).Append('=').Append(Convert.ToString(p.GetValue(entity), CultureInfo.InvariantCulture)).Append('\u001f');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly)
            || t == typeof(DateTimeOffset) || t == typeof(DateTime);
    }
}
