using Orleans.Providers.Streams.Common;
using Orleans.Serialization;
using Orleans.Streams;

namespace GrainMarketing.Streaming;

/// <summary>Reads one journal queue after its cursor, in sequence order, and moves the durable cursor once the pulling agent reports delivery.</summary>
/// <remarks>After a crash a queue is re-read from the last saved cursor: delivery is at-least-once, and grains skip sequences at or below their checkpoint.</remarks>
public sealed class JournalQueueReceiver(string provider, int queue, IMetricJournal journal, Serializer serializer) : IQueueAdapterReceiver
{
    private long _readUpTo;

    public async Task Initialize(TimeSpan timeout) =>
        _readUpTo = await journal.LoadCursorAsync(provider, queue, CancellationToken.None);

    public async Task<IList<IBatchContainer>> GetQueueMessagesAsync(int maxCount)
    {
        var rows = await journal.ReadQueueAsync(queue, _readUpTo, maxCount <= 0 ? 100 : Math.Min(maxCount, 1_000), CancellationToken.None);
        var batches = new List<IBatchContainer>(rows.Count);
        foreach (var row in rows)
        {
            var container = serializer.Deserialize<JournalBatchContainer>(row.Payload)
                ?? throw new InvalidDataException($"Journal row {row.Sequence} holds no batch.");
            container.Token = new EventSequenceTokenV2(row.Sequence);
            batches.Add(container);
            _readUpTo = row.Sequence;
        }

        return batches;
    }

    public async Task MessagesDeliveredAsync(IList<IBatchContainer> messages)
    {
        if (messages.Count > 0)
        {
            await journal.SaveCursorAsync(provider, queue, messages.Max(m => m.SequenceToken.SequenceNumber), CancellationToken.None);
        }
    }

    public Task Shutdown(TimeSpan timeout) => Task.CompletedTask;
}
