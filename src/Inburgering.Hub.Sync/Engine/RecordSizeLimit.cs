using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Domain.Values;
using Inburgering.Hub.Sync.Configuration;

namespace Inburgering.Hub.Sync.Engine;

/// <summary>
/// The size a record may have (<c>Hub:Sync:MaxRecordSize</c> / <c>MaxFieldSize</c>, per connector
/// <c>Hub:Connectors:&lt;name&gt;:MaxRecordSize</c> / <c>MaxFieldSize</c>): a record whose raw text or any
/// text field is longer is quarantined (<see cref="TooLarge"/>) instead of loaded, and what is kept of an
/// oversized raw text — quarantine content, raw archive — is a masked excerpt of <see cref="ExcerptLength"/>
/// characters with its full length. Sizes count characters. Source: issue 13 (a 3 MB field was stored whole, twice).
/// </summary>
internal sealed class RecordSizeLimit(int maxRecordSize, int maxFieldSize)
{
    public const string TooLarge = "RECORD_TOO_LARGE";

    /// <summary>How much of an oversized raw text is kept.</summary>
    public const int ExcerptLength = 500;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Texts = new();

    public static RecordSizeLimit For(SyncOptions options, ConnectorOptions connector) =>
        new(connector.MaxRecordSize ?? options.MaxRecordSize, connector.MaxFieldSize ?? options.MaxFieldSize);

    /// <summary>The record, or a rejection when it is too large.</summary>
    public SourceMessage Check(SourceRecord record)
    {
        if (record.Raw.Length > maxRecordSize)
        {
            return Reject(record, $"The record is {record.Raw.Length} characters, more than {maxRecordSize} (Hub:Sync:MaxRecordSize).");
        }

        var (field, length) = LongestText(record.Data);
        return length > maxFieldSize
            ? Reject(record, $"Field {field} is {length} characters, more than {maxFieldSize} (Hub:Sync:MaxFieldSize).")
            : record;
    }

    /// <summary>The rejection with an oversized raw text cut to its excerpt.</summary>
    public SourceRejection Check(SourceRejection rejection) =>
        rejection.Raw.Length > maxRecordSize ? rejection with { Raw = Excerpt(rejection.Raw) } : rejection;

    /// <summary>The first <see cref="ExcerptLength"/> characters, masked, and the full length.</summary>
    public static string Excerpt(string raw) =>
        raw.Length <= ExcerptLength
            ? raw
            : PersonNumbers.Mask(raw)[..ExcerptLength] + string.Create(CultureInfo.InvariantCulture, $"… [truncated: {raw.Length} characters]");

    private SourceRejection Reject(SourceRecord record, string message) =>
        new(
            record.Location,
            Excerpt(record.Raw),
            TooLarge,
            message,
            record.SourceId.Length <= maxFieldSize ? record.SourceId : null,
            (record.Data as PersonIngestRecord)?.GemeenteCode is { Length: <= 16 } gemeente ? gemeente : null);

    private static (string Field, int Length) LongestText(object value, int depth = 0)
    {
        var longest = (Field: "", Length: 0);
        if (depth > 4)
        {
            return longest;
        }

        foreach (var property in Texts.GetOrAdd(value.GetType(), Describe))
        {
            var current = property.GetValue(value);
            var candidate = current switch
            {
                string text => (property.Name, text.Length),
                null => (property.Name, 0),
                _ => LongestText(current, depth + 1),
            };
            if (candidate.Item2 > longest.Length)
            {
                longest = candidate;
            }
        }

        return longest;
    }

    private static PropertyInfo[] Describe(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Where(p => p.PropertyType == typeof(string)
                || (p.PropertyType.IsClass && p.PropertyType.Assembly == typeof(IngestRecord).Assembly))];
}
