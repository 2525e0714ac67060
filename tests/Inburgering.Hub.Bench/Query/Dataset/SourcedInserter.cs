using System.Security.Cryptography;
using System.Text;

namespace Inburgering.Hub.Bench.Query.Dataset;

/// <summary>
/// Inserts rows of a sourced canonical table: the table's own columns followed by the provenance
/// columns every canonical row carries (connector, stream, source id, content hash, first-seen and
/// last-changed run, source file and location, tombstone) and the person and gemeente it belongs to.
/// </summary>
internal sealed class SourcedInserter : IDisposable
{
    private static readonly string[] Provenance =
    [
        "Id", "SourceConnector", "SourceStream", "SourceId", "ContentHash", "FirstSeenRunId", "LastChangedRunId",
        "SourceFileId", "SourceLocation", "LastSeenFileId", "IsDeleted", "DeletedRunId",
    ];

    private readonly IRowWriter _inserter;
    private readonly Source _source;
    private readonly bool _personFact;
    private readonly object?[] _values;
    private readonly int _own;

    public SourcedInserter(Func<string, IReadOnlyList<string>, IRowWriter> open, string table, Source source, IReadOnlyList<string> columns, bool personFact = true)
    {
        _source = source;
        _personFact = personFact;
        _own = columns.Count;
        IReadOnlyList<string> all = [.. columns, .. Provenance, .. personFact ? new[] { "InburgeraarId", "GemeenteCode" } : []];
        _inserter = open(table, all);
        _values = new object?[all.Count];
    }

    public IRowWriter Inner => _inserter;

    /// <summary>The id of the last inserted row (ids are assigned here, from 1).</summary>
    public long LastId { get; private set; }

    /// <summary>Inserts one row and returns its id.</summary>
    public long Insert(string sourceId, long person, string gemeente, bool deleted, params ReadOnlySpan<object?> values)
    {
        values.CopyTo(_values);
        var i = _own;
        var id = ++LastId;
        _values[i++] = id;
        _values[i++] = _source.Connector;
        _values[i++] = _source.Stream;
        _values[i++] = sourceId;
        _values[i++] = Hash(sourceId);
        _values[i++] = _source.RunId;
        _values[i++] = _source.RunId;
        _values[i++] = _source.FileId;
        _values[i++] = _source.FileId is null ? $"{_source.Location}/{sourceId}" : $"{_source.Location}:record {id}";
        _values[i++] = _source.FileId;
        _values[i++] = deleted;
        _values[i++] = deleted ? _source.RunId : null;
        if (_personFact)
        {
            _values[i++] = person;
            _values[i] = gemeente;
        }

        _inserter.Insert(_values);
        return id;
    }

    public void Dispose() => _inserter.Dispose();

    private string Hash(string sourceId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_inserter.Table + "/" + sourceId)));
}
