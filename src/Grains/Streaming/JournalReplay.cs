namespace GrainMarketing.Streaming;

/// <summary>Reads back what the journal holds for one stream after a sequence: what a grain applied but never checkpointed, and what arrived meanwhile.</summary>
public static class JournalReplay
{
    public static async Task<IReadOnlyList<(long Sequence, T Item)>> ReadAsync<T>(
        IMetricJournal journal, Orleans.Serialization.Serializer serializer, StreamId stream, long after, CancellationToken cancellationToken)
    {
        var items = new List<(long, T)>();
        foreach (var row in await journal.ReadStreamAsync(stream.ToString(), after, cancellationToken))
        {
            foreach (var (item, _) in serializer.Deserialize<JournalBatchContainer>(row.Payload)?.GetEvents<T>() ?? [])
            {
                items.Add((row.Sequence, item));
            }
        }

        return items;
    }
}
