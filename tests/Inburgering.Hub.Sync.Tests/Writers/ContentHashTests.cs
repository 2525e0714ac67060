using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Inburgering.Hub.Domain.Entities;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Writers;

namespace Inburgering.Hub.Sync.Tests.Writers;

/// <summary>
/// The content hash is stored on every canonical row and compared with the next delivery's: if the
/// hashed text changed, every stored row would count as changed once. <see cref="ContentProperties{T}.Hash"/>
/// builds it in pooled buffers; these tests pin it to the plain form it had (a StringBuilder of
/// <c>identity␟Name=value␟…</c> with <see cref="Convert.ToString(object, IFormatProvider)"/>) for every
/// canonical entity type, with values of every scalar kind, nulls, long text and non-ASCII text.
/// </summary>
public sealed class ContentHashTests
{
    public static TheoryData<Type> EntityTypes() =>
    [
        typeof(Koppeling), typeof(DuoMelding), typeof(Inburgeringsplicht), typeof(LeerrouteDeelname), typeof(MapTraject),
        typeof(Ontzorgtraject), typeof(Participatieactiviteit), typeof(Pvt), typeof(Uitkering), typeof(Voortgangsmeting),
        typeof(Boete), typeof(BredeIntake), typeof(Examenonderdeel), typeof(PlichtGemeente), typeof(TermijnVerlenging), typeof(Taakstelling),
    ];

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

/// <summary>The fast path of <see cref="PersonNumbers.ReplaceValidBsns"/>: a text without a standalone 9-digit run is returned as is.</summary>
public sealed class ReplaceValidBsnsTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("GM0405", "GM0405")]
    [InlineData("12345678", "12345678")]
    [InlineData("1234567890", "1234567890")]
    [InlineData("111222333", "<111222333>")]
    [InlineData("id 111222333", "id <111222333>")]
    [InlineData("111222333 en 123456782", "<111222333> en <123456782>")]
    [InlineData("x111222333y", "x<111222333>y")]
    [InlineData("0111222333", "0111222333")]
    [InlineData("111222334", "111222334")]
    public void Only_standalone_valid_bsns_are_replaced(string text, string expected)
    {
        var result = PersonNumbers.ReplaceValidBsns(text, bsn => "<" + bsn + ">");
        Assert.Equal(expected, result);
        if (expected == text)
        {
            Assert.Same(text, result);
        }
    }
}
