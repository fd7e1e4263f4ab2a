using Orleans.Serialization;
using Orleans.Streams;

namespace GrainMarketing.Streaming;

/// <summary>How a grain reads its journaled stream of <typeparamref name="T"/>: replay on activation, then skip what it already applied.</summary>
/// <remarks>
/// On activation it applies the journal rows above the last sequence it applied, and afterwards it skips
/// deliveries at or below it, because after a crash a queue is delivered again from its last saved cursor.
/// </remarks>
public sealed class JournalConsumer<T>(IMetricJournal journal, Serializer serializer)
{
    /// <summary>Applies, in order, what the journal holds for <paramref name="stream"/> after <paramref name="applied"/>.</summary>
    /// <remarks>That is what an earlier activation applied but never checkpointed (it crashed), and what arrived meanwhile.</remarks>
    public async Task ReplayAsync(StreamId stream, long applied, Func<T, long, Task> apply, CancellationToken cancellationToken)
    {
        foreach (var row in await journal.ReadStreamAsync(stream.ToString(), applied, cancellationToken))
        {
            foreach (var (item, _) in serializer.Deserialize<JournalBatchContainer>(row.Payload)?.GetEvents<T>() ?? [])
            {
                await apply(item, row.Sequence);
            }
        }
    }

    /// <summary>The journal sequence the grain has applied once it takes this delivery, or null for a redelivery of a row at or below <paramref name="applied"/>.</summary>
    /// <remarks>Memory streams number their deliveries too, but restart their numbers; without a durable journal every delivery is new and nothing moves.</remarks>
    public long? Take(StreamSequenceToken? token, long applied) =>
        !journal.IsDurable || token is null ? applied
        : token.SequenceNumber > applied ? token.SequenceNumber
        : null;
}
