using System.Collections.Concurrent;
using System.Reflection;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Values;

namespace Inburgering.Hub.Sync.Engine;

/// <summary>
/// The first step for every message a connector yields: no BSN goes further than the pseudonymiser.
/// A partner may use a BSN as a record id (a DUO melding whose <c>id</c> is the person's BSN), in a
/// location or inside any text field (<c>GM0405 111333362</c>); every standalone elfproef-valid
/// 9-digit run in the source id, the location and every string of the record (except the person
/// reference, which the writers pseudonymise) becomes <c>bsn-</c> and 16 letters of its keyed
/// pseudonym. The token is stable, so upserts, tombstones and correction links (<c>CorrectieVan</c>)
/// still meet, and holds no digits, so it never looks like a BSN itself. Raw text is masked where it
/// is stored (<see cref="PersonNumbers.Mask"/>). Source: issue 13, data minimisation.
/// </summary>
internal sealed class PersonalIdProtector(IPseudonymizer pseudonymizer)
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> TextProperties = new();
    private static readonly ConcurrentDictionary<Type, MethodInfo?> Clones = new();

    private Func<string, string>? _token;

    /// <summary>The text with every valid BSN replaced by its token.</summary>
    public string Protect(string text) => PersonNumbers.ReplaceValidBsns(text, _token ??= Token);

    public SourceRecord Protect(SourceRecord record)
    {
        var sourceId = Protect(record.SourceId);
        var location = Protect(record.Location);
        var data = ProtectObject(record.Data);
        return ReferenceEquals(sourceId, record.SourceId) && ReferenceEquals(location, record.Location) && ReferenceEquals(data, record.Data)
            ? record
            : record with { SourceId = sourceId, Location = location, Data = data };
    }

    public SourceRejection Protect(SourceRejection rejection) =>
        rejection with
        {
            SourceId = rejection.SourceId is null ? null : Protect(rejection.SourceId),
            Location = Protect(rejection.Location),
            GemeenteCode = rejection.GemeenteCode is null ? null : Protect(rejection.GemeenteCode),
        };

    public SourceTombstone Protect(SourceTombstone tombstone) =>
        tombstone with { SourceId = Protect(tombstone.SourceId), Location = Protect(tombstone.Location) };

    private string Token(string bsn)
    {
        var hex = pseudonymizer.ForBsn(bsn);
        return string.Create(4 + 16, hex, static (span, hex) =>
        {
            "bsn-".CopyTo(span);
            for (var i = 0; i < 16; i++)
            {
                var c = hex[i];
                var nibble = c <= '9' ? c - '0' : c - 'a' + 10;
                span[4 + i] = (char)('a' + nibble); // a..p: no digits
            }
        });
    }

    /// <summary>A copy of <paramref name="value"/> with its strings protected (records and nested records; a person reference is left alone), or itself when nothing changed.</summary>
    private T ProtectObject<T>(T value)
        where T : class
    {
        var type = value.GetType();
        object? copy = null;
        foreach (var property in TextProperties.GetOrAdd(type, Describe))
        {
            var current = property.GetValue(value);
            var protectedValue = current switch
            {
                string text => Protect(text),
                null => null,
                _ => ProtectObject(current),
            };
            if (!ReferenceEquals(current, protectedValue))
            {
                copy ??= Clone(value);
                property.SetValue(copy, protectedValue);
            }
        }

        return (T)(copy ?? value);
    }

    private static object Clone(object value) =>
        Clones.GetOrAdd(value.GetType(), t => t.GetMethod("<Clone>$"))?.Invoke(value, null)
        ?? throw new InvalidOperationException($"{value.GetType().Name} is not a record; its text cannot be protected.");

    /// <summary>Writable string properties and nested record properties of the SDK's record types; never <see cref="PersonRef"/>.</summary>
    private static PropertyInfo[] Describe(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0)
            .Where(p => p.PropertyType == typeof(string)
                || (p.PropertyType.IsClass && p.PropertyType != typeof(PersonRef) && p.PropertyType.Assembly == typeof(IngestRecord).Assembly
                    && p.PropertyType.GetMethod("<Clone>$") is not null))];
}
