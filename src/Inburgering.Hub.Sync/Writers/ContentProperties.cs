using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Inburgering.Hub.Domain.Entities;

namespace Inburgering.Hub.Sync.Writers;

/// <summary>
/// The content of a canonical entity: every scalar property except the key and provenance. Used to
/// hash content (equal hash = nothing changed) and to copy a new version onto the stored row.
/// </summary>
internal static class ContentProperties<T>
    where T : SourcedRecord
{
    private static readonly (string Name, Func<T, object?> Get, Action<T, object?> Set)[] Properties = Build();

    /// <summary>
    /// SHA-256 (hex) over the content values, culture-invariant, plus <paramref name="identity"/>
    /// (the person's pseudonymous key). Row ids of related rows are left out, so re-pointing a fact
    /// to a merged person does not count as a change. The hashed text is
    /// <c>identity␟Name=value␟Name=value␟…</c> (U+001F separators, properties by ordinal name, each value
    /// as <see cref="Convert.ToString(object, IFormatProvider)"/> with the invariant culture writes it),
    /// UTF-8 encoded; stored hashes depend on it, so it must not change (<c>ContentHashTests</c>).
    /// </summary>
    public static string Hash(T entity, string? identity)
    {
        // The runtime's pooled text builder: with the invariant culture it writes a value as
        // Convert.ToString(value, InvariantCulture) does (ISpanFormattable's default format with the provider,
        // else IFormattable, else ToString(); null as nothing), without a string per value.
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[512]);
        text.AppendFormatted(identity);
        text.AppendLiteral("\u001f");
        foreach (var (name, get, _) in Properties)
        {
            if (name == nameof(PersonFact.InburgeraarId))
            {
                continue;
            }

            text.AppendLiteral(name);
            text.AppendLiteral("=");
            text.AppendFormatted(get(entity));
            text.AppendLiteral("\u001f");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToStringAndClear())));
    }

    /// <summary>Copies the content of <paramref name="source"/> onto <paramref name="target"/>.</summary>
    public static void Copy(T source, T target)
    {
        foreach (var (_, get, set) in Properties)
        {
            set(target, get(source));
        }
    }

    private static (string, Func<T, object?>, Action<T, object?>)[] Build()
    {
        var provenance = typeof(SourcedRecord).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.CanWrite && !provenance.Contains(p.Name) && IsScalar(p.PropertyType))
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => (p.Name, Getter(p), Setter(p))),
        ];
    }

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly)
            || t == typeof(DateTimeOffset) || t == typeof(DateTime);
    }

    private static Func<T, object?> Getter(PropertyInfo p)
    {
        var e = Expression.Parameter(typeof(T));
        return Expression.Lambda<Func<T, object?>>(Expression.Convert(Expression.Property(e, p), typeof(object)), e).Compile();
    }

    private static Action<T, object?> Setter(PropertyInfo p)
    {
        var e = Expression.Parameter(typeof(T));
        var v = Expression.Parameter(typeof(object));
        return Expression.Lambda<Action<T, object?>>(
            Expression.Assign(Expression.Property(e, p), Expression.Convert(v, p.PropertyType)), e, v).Compile();
    }
}
