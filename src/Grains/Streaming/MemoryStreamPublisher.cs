using GrainMarketing.Campaigns;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Streams;

namespace GrainMarketing.Streaming;

/// <summary>The Memory profile's publishing: each batch onto its memory stream.</summary>
public sealed class MemoryStreamPublisher([FromKeyedServices(MetricStreams.Provider)] IStreamProvider streams) : IStreamPublisher
{
    /// <summary>How long a producer waits for room in a full stream queue before the request fails.</summary>
    public static readonly TimeSpan MaxWaitForRoom = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(500);

    public Task PublishAsync<T>(string streamNamespace, IEnumerable<(string Key, T Batch)> batches) =>
        Task.WhenAll(batches.Select(batch => WhenRoomAsync(streams.GetStream<T>(StreamId.Create(streamNamespace, batch.Key)), batch.Batch)));

    /// <summary>Publishes to a memory stream, waiting for room when the queue is full, so a burst is pushed back to its sender instead of lost.</summary>
    /// <remarks>
    /// A memory stream queue holds at most 16,384 messages and refuses more with an
    /// <see cref="InvalidOperationException"/>; the producer waits 10 ms, doubling to 500 ms, for at most
    /// <see cref="MaxWaitForRoom"/>.
    /// </remarks>
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
