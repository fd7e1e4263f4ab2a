using Orleans.Serialization;
using Orleans.Streams;

namespace GrainMarketing.Streaming;

/// <summary>
/// Writes each produced batch to the journal queue its stream hashes to; the producer's call returns
/// only after the row is committed. Receivers read the queues back in sequence order.
/// </summary>
public sealed class JournalQueueAdapter(string name, IMetricJournal journal, IStreamQueueMapper mapper, Serializer serializer) : IQueueAdapter
{
    public string Name { get; } = name;

    public bool IsRewindable => false;

    public StreamProviderDirection Direction => StreamProviderDirection.ReadWrite;

    public async Task QueueMessageBatchAsync<T>(StreamId streamId, IEnumerable<T> events, StreamSequenceToken? token, Dictionary<string, object>? requestContext)
    {
        var container = new JournalBatchContainer(streamId, [.. events.Cast<object>()], requestContext is { Count: > 0 } ? requestContext : null);
        var queue = QueueNumber(mapper.GetQueueForStream(streamId));
        await journal.AppendAsync(queue, [(streamId.ToString(), serializer.SerializeToArray(container))], CancellationToken.None);
    }

    public IQueueAdapterReceiver CreateReceiver(QueueId queueId) =>
        new JournalQueueReceiver(Name, QueueNumber(queueId), journal, serializer);

    /// <summary>The journal's queue column: the queue id's position in the ring (0 … N-1).</summary>
    public static int QueueNumber(QueueId queueId) => (int)queueId.GetNumericId();
}
