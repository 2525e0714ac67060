namespace Inburgering.Hub.Bench.Query.Dataset;

/// <summary>Writes rows of one table; values are given by position, in the order of the columns it was opened with.</summary>
internal interface IRowWriter : IDisposable
{
    string Table { get; }

    long Rows { get; }

    void Insert(ReadOnlySpan<object?> values);
}
