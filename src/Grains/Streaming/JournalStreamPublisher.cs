namespace GrainMarketing.Streaming;

/// <summary>The Postgres profile's publishing: a request's batches in one journal append per queue, durable when the task completes.</summary>
public sealed class JournalStreamPublisher(JournalQueueAdapterFactory journal) : IStreamPublisher
{
    public Task PublishAsync<T>(string streamNamespace, IEnumerable<(string Key, T Batch)> batches) =>
        journal.AppendAsync(batches.Select(batch =>
            (StreamId.Create(streamNamespace, batch.Key), (IReadOnlyList<object>)[batch.Batch!], (Dictionary<string, object>?)null)));
}
