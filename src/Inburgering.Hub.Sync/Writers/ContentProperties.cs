using System.Buffers;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
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
    /// UTF-8 encoded; stored hashes depend on it, so it must not change. Built in pooled buffers: the
    /// returned hex string is the only allocation besides the getters' boxes.
    /// </summary>
    public static string Hash(T entity, string? identity)
    {
        var text = new PooledText(512);
        try
        {
            text.Append(identity);
            text.Append('\u001f');
            foreach (var (name, get, _) in Properties)
            {
                if (name == nameof(PersonFact.InburgeraarId))
                {
                    continue;
                }

                text.Append(name);
                text.Append('=');
                text.AppendInvariant(get(entity));
                text.Append('\u001f');
            }

            return text.Sha256Hex();
        }
        finally
        {
            text.Dispose();
        }
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

/// <summary>A growable text in a pooled buffer, hashed without an intermediate string (<see cref="ContentProperties{T}.Hash"/>).</summary>
internal struct PooledText(int capacity) : IDisposable
{
    private char[] _buffer = ArrayPool<char>.Shared.Rent(capacity);
    private int _length;

    public void Append(char value)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = value;
    }

    public void Append(string? value)
    {
        if (value is null)
        {
            return;
        }

        if (_length + value.Length > _buffer.Length)
        {
            Grow(value.Length);
        }

        value.CopyTo(_buffer.AsSpan(_length));
        _length += value.Length;
    }

    /// <summary>Appends the value exactly as <see cref="Convert.ToString(object, IFormatProvider)"/> with the invariant culture gives it (null: nothing).</summary>
    public void AppendInvariant(object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                Append(text);
                return;
            case ISpanFormattable formattable:
                // For the scalar types an entity has (numbers, bool, enums, DateOnly, DateTime,
                // DateTimeOffset) the default format with a provider is what ToString(provider) gives.
                int written;
                while (!formattable.TryFormat(_buffer.AsSpan(_length), out written, default, CultureInfo.InvariantCulture))
                {
                    Grow(_buffer.Length);
                }

                _length += written;
                return;
            default:
                Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }
    }

    /// <summary>SHA-256 of the text's UTF-8 bytes, as lower-case hex.</summary>
    public readonly string Sha256Hex()
    {
        var chars = _buffer.AsSpan(0, _length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(chars.Length));
        try
        {
            var count = Encoding.UTF8.GetBytes(chars, bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, count), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
    }

    private void Grow(int atLeast)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + atLeast));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
