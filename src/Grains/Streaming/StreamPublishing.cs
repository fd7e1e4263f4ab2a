using GrainMarketing.Campaigns;
using Orleans.Streams;

namespace GrainMarketing.Streaming;

/// <summary>
/// Pushes a request's batches onto their streams, one per target grain: in the Postgres profile as one
/// journal append (durable when the task completes), in the Memory profile onto memory streams.
/// </summary>
public static class StreamPublishing
{
    /// <summary>How long a Memory-profile producer waits for room in a full stream queue before the request fails.</summary>
    public static readonly TimeSpan MaxWaitForRoom = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(500);

    public static Task PublishAsync<T>(Grain grain, JournalQueueAdapterFactory? journal, string streamNamespace, IEnumerable<(string Key, T Batch)> batches)
    {
        if (journal is not null)
        {
            return journal.AppendAsync(batches.Select(batch =>
                (StreamId.Create(streamNamespace, batch.Key), (IReadOnlyList<object>)[batch.Batch!], (Dictionary<string, object>?)null)));
        }

        var streams = grain.GetStreamProvider(MetricStreams.Provider);
        return Task.WhenAll(batches.Select(batch => WhenRoomAsync(streams.GetStream<T>(StreamId.Create(streamNamespace, batch.Key)), batch.Batch)));
    }

    /// <summary>
    /// A memory stream queue holds at most 16,384 messages and refuses more with an
    /// <see cref="InvalidOperationException"/>; the producer waits for room (10 ms, doubling to 500 ms,
    /// for at most <see cref="MaxWaitForRoom"/>), so a burst is pushed back to its sender instead of lost.
    /// </summary>
    private static async Task WhenRoomAsync<T>(IAsyncStream<T> stream, T item)
    {
        var waited = TimeSpan.Zero;
        for (var wait = TimeSpan.FromMilliseconds(10); ; wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, MaxWait.Ticks)))
        {
            try
            {
                await stream.OnNextAsync(item);
                return;
            }
            catch (InvalidOperationException full) when (waited < MaxWaitForRoom && full.Message.Contains("maximum", StringComparison.Ordinal))
            {
                await Task.Delay(wait);
                waited += wait;
            }
        }
    }
}
