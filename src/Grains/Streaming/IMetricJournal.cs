namespace GrainMarketing.Streaming;

/// <summary>The durable journal behind the metric streams (Postgres profile).</summary>
public interface IMetricJournal
{
    /// <summary>Whether appended rows are kept and delivered under their sequence, so a grain can replay them and skip redeliveries.</summary>
    /// <remarks>False for the Memory profile's <see cref="NullMetricJournal"/>.</remarks>
    bool IsDurable { get; }

    /// <summary>Appends rows to one queue; committed (durable) when the task completes. Returns their sequences in order.</summary>
    Task<IReadOnlyList<long>> AppendAsync(int queue, IReadOnlyList<(string StreamKey, byte[] Payload)> rows, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> rows of a queue after <paramref name="after"/>, in sequence order.</summary>
    Task<IReadOnlyList<JournalRow>> ReadQueueAsync(int queue, long after, int max, CancellationToken cancellationToken);

    /// <summary>A stream's rows after <paramref name="after"/>, in sequence order (replay on activation).</summary>
    Task<IReadOnlyList<JournalRow>> ReadStreamAsync(string streamKey, long after, CancellationToken cancellationToken);

    Task<long> LoadCursorAsync(string provider, int queue, CancellationToken cancellationToken);

    Task SaveCursorAsync(string provider, int queue, long sequence, CancellationToken cancellationToken);

    /// <summary>Deletes rows received before <paramref name="receivedBefore"/> that their queue's cursor has passed (delivered and older than retention); returns how many.</summary>
    Task<long> PruneAsync(string provider, DateTimeOffset receivedBefore, CancellationToken cancellationToken);
}
