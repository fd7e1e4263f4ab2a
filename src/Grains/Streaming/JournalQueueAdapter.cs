using Orleans.Streams;

namespace GrainMarketing.Streaming;

/// <summary>Writes each produced batch to the journal queue its stream hashes to; the producer's call returns only after the row is committed.</summary>
/// <remarks>Receivers read the queues back in sequence order.</remarks>
public sealed class JournalQueueAdapter(string name, JournalQueueAdapterFactory factory) : IQueueAdapter
{
    public string Name { get; } = name;

    public bool IsRewindable => false;

    public StreamProviderDirection Direction => StreamProviderDirection.ReadWrite;

    public Task QueueMessageBatchAsync<T>(StreamId streamId, IEnumerable<T> events, StreamSequenceToken? token, Dictionary<string, object>? requestContext) =>
        factory.AppendAsync([(streamId, [.. events.Cast<object>()], requestContext is { Count: > 0 } ? requestContext : null)]);

    public IQueueAdapterReceiver CreateReceiver(QueueId queueId) => factory.CreateReceiver(queueId);

    /// <summary>The journal's queue column: the queue id's position in the ring (0 … N-1).</summary>
    public static int QueueNumber(QueueId queueId) => (int)queueId.GetNumericId();
}
