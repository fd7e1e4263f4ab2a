using GrainMarketing.Insights.Anomalies;
using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>A campaign's checkpoint: its cells and what they have applied, written every <see cref="CampaignOptions.CheckpointPeriod"/> when changed.</summary>
/// <remarks>Large (every event id of the retention period), so written rarely; the small <see cref="FlushState"/> is written per flush.</remarks>
[GenerateSerializer, Alias("GrainMarketing.CampaignState")]
public sealed class CampaignState
{
    [Id(0)] public CampaignMetadata Metadata { get; set; } = new();

    [Id(1)] public CampaignCells Cells { get; set; } = new();

    [Id(2)] public DateTimeOffset? LastReceivedAt { get; set; }

    [Id(3)] public bool Registered { get; set; }

    [Id(4)] public RecentBuckets Recent { get; set; } = new();

    /// <summary>The last journal sequence applied (Postgres profile): anything at or below it is a redelivery.</summary>
    [Id(5)] public long JournalSequence { get; set; }

    /// <summary>Changes applied to these cells after flush <see cref="DrainedFlush"/> drained the buffer.</summary>
    /// <remarks>If a later flush was stored, it took them, and activation discards this copy.</remarks>
    [Id(6)] public RollupBuffer Pending { get; set; } = new();

    /// <summary>The number of the last flush drained when this checkpoint was taken.</summary>
    [Id(9)] public long DrainedFlush { get; set; }

    /// <summary>The campaign's anomaly baselines, checkpointed with the cells they learned from.</summary>
    [Id(10)] public AnomalyWatchState Anomalies { get; set; } = new();

    /// <summary>Reach reported for whole periods, which answers a query over exactly such a period.</summary>
    [Id(11)] public PeriodReaches PeriodReach { get; set; } = new();

    /// <summary>Each creative's format (ad id to image, video, carousel…), at most <see cref="MaxCreativeFormats"/>.</summary>
    [Id(12)] public Dictionary<string, string> CreativeFormats { get; set; } = new(StringComparer.Ordinal);

    public const int MaxCreativeFormats = 2_000;

    /// <summary>Applies a batch to the cells (zeroing those a whole-day report leaves out), the real-time buckets and the metadata, and buffers its changes for the next flush.</summary>
    /// <remarks>
    /// Nothing is buffered when <paramref name="flushed"/>: a stored flush already carried the changes upward.
    /// Returns the days the cells already had that changed: restatements, when they are past.
    /// </remarks>
    public IReadOnlyList<DateOnly> Apply(MetricBatch batch, bool flushed)
    {
        var changedDays = new List<DateOnly>();
        var moved = MetricTotals.Zero;
        var items = batch.Whole is { } whole ? [.. batch.Items, .. Cells.Vanished(whole, batch.Items)] : batch.Items;
        foreach (var item in items)
        {
            var hadDay = Cells.HasDay(item.Cell.Date);
            var change = Cells.Apply(item);
            if (hadDay && !change.IsZero)
            {
                changedDays.Add(item.Cell.Date);
            }

            if (!flushed)
            {
                Pending.Add(item.Cell, change, batch.ReceivedAt);
            }

            moved += change;
        }

        // Minutes of arrivals are no reporting window: no reach is known for them, only the daily sum.
        Recent.Add(batch.ReceivedAt, moved with { ReachReports = 0 });
        if (batch.PeriodReach is { Count: > 0 } periods)
        {
            PeriodReach.Record(periods);
        }

        foreach (var (creative, format) in batch.CreativeFormats ?? new Dictionary<string, string>())
        {
            if (CreativeFormats.Count < MaxCreativeFormats || CreativeFormats.ContainsKey(creative))
            {
                CreativeFormats[creative] = format;
            }
        }

        if (batch.Metadata is { } metadata)
        {
            Merge(metadata);
        }

        if (LastReceivedAt is null || batch.ReceivedAt > LastReceivedAt)
        {
            LastReceivedAt = batch.ReceivedAt;
        }

        return changedDays;
    }

    /// <summary>Takes every field <paramref name="update"/> sets; keeps the others.</summary>
    public void Merge(CampaignMetadata update) => Metadata = new(
        update.Name ?? Metadata.Name,
        update.Objective ?? Metadata.Objective,
        update.Status ?? Metadata.Status,
        update.DailyBudget ?? Metadata.DailyBudget,
        update.Currency ?? Metadata.Currency,
        update.CreativeFormat ?? Metadata.CreativeFormat);
}
