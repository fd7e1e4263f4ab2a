namespace GrainMarketing.Streaming;

/// <summary>The journal of the Memory profile, which keeps none.</summary>
/// <remarks>Memory streams carry the batches, so there is nothing to replay on activation and no delivery a grain has seen before.</remarks>
public sealed class NullMetricJournal : IMetricJournal
{
    public bool IsDurable => false;

    public Task<IReadOnlyList<long>> AppendAsync(int queue, IReadOnlyList<(string StreamKey, byte[] Payload)> rows, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<long>>([]);

    public Task<IReadOnlyList<JournalRow>> ReadQueueAsync(int queue, long after, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JournalRow>>([]);

    public Task<IReadOnlyList<JournalRow>> ReadStreamAsync(string streamKey, long after, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JournalRow>>([]);

    public Task<long> LoadCursorAsync(string provider, int queue, CancellationToken cancellationToken) => Task.FromResult(0L);

    public Task SaveCursorAsync(string provider, int queue, long sequence, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<long> PruneAsync(string provider, DateTimeOffset receivedBefore, CancellationToken cancellationToken) => Task.FromResult(0L);
}
