using GrainMarketing.Campaigns;

namespace GrainMarketing.Streaming;

/// <summary>
/// Pushes a request's batches onto their streams, one per target grain: in the Postgres profile as one
/// journal append (durable when the task completes), in the Memory profile onto memory streams.
/// </summary>
public static class StreamPublishing
{
    public static Task PublishAsync<T>(Grain grain, JournalQueueAdapterFactory? journal, string streamNamespace, IEnumerable<(string Key, T Batch)> batches)
    {
        if (journal is not null)
        {
            return journal.AppendAsync(batches.Select(batch =>
                (StreamId.Create(streamNamespace, batch.Key), (IReadOnlyList<object>)[batch.Batch!], (Dictionary<string, object>?)null)));
        }

        var streams = grain.GetStreamProvider(MetricStreams.Provider);
        return Task.WhenAll(batches.Select(batch => streams.GetStream<T>(StreamId.Create(streamNamespace, batch.Key)).OnNextAsync(batch.Batch)));
    }
}
