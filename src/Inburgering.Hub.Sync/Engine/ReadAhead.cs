using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Sync.Writers;

namespace Inburgering.Hub.Sync.Engine;

/// <summary>One message of a connector as the read-ahead hands it on: protected, size-checked and, for a record, prepared.</summary>
/// <param name="Message">The message after the engine's first checks (a record that failed them is now a rejection).</param>
/// <param name="Prepared">The database-free part of writing the record (<see cref="IRecordWriter.Prepare"/>), or null.</param>
internal sealed record ReadAheadItem(SourceMessage Message, PreparedRecord? Prepared)
{
    /// <summary>Set for a document's last message: the connector is not read further until the engine has handled it.</summary>
    public TaskCompletionSource? Handled { get; init; }
}

/// <summary>
/// Reads a connector's stream on a task of its own, at most <c>capacity</c> messages ahead of the engine,
/// and does the database-free work per message there (<c>transform</c>: BSN protection, size checks,
/// validation, pseudonyms, mapping, content hash), so on a machine with more than one core that work
/// overlaps with the writing of the previous batch. Memory stays bounded by the capacity. After a
/// <see cref="DocumentCompleted"/> or <see cref="DocumentUnreadable"/> the connector is resumed only once
/// the engine has handled that message (<see cref="ReadAheadItem.Handled"/>): whatever a connector does on resuming
/// (moving a processed file away, fetching the next page) happens after the document's commit, as
/// without read-ahead. A failure of the connector or of <c>transform</c> reaches the engine as the
/// same exception, after the messages before it.
/// </summary>
internal static class ReadAhead
{
    public static async IAsyncEnumerable<ReadAheadItem> ReadAsync(
        IAsyncEnumerable<SourceMessage> source,
        Func<SourceMessage, ReadAheadItem> transform,
        int capacity,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<ReadAheadItem>(new BoundedChannelOptions(Math.Max(1, capacity))
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Exception? failure = null;
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var message in source.WithCancellation(stop.Token))
                    {
                        var item = transform(message);
                        if (message is DocumentCompleted or DocumentUnreadable)
                        {
                            item = item with { Handled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
                        }

                        await channel.Writer.WriteAsync(item, stop.Token);
                        if (item.Handled is { } handled)
                        {
                            await handled.Task.WaitAsync(stop.Token);
                        }
                    }
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
                finally
                {
                    channel.Writer.TryComplete();
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(CancellationToken.None))
            {
                yield return item;
            }

            await producer;
            if (failure is not null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }
        }
        finally
        {
            // The engine stopped early (a failed batch, a cancelled run): stop reading and wait for the reader.
            await stop.CancelAsync();
            await producer;
        }
    }
}
