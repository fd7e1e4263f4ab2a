using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>What a campaign grain persists.</summary>
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

    /// <summary>Changes applied to the cells and not yet in a flush: persisted with the cells, so a crash loses neither.</summary>
    [Id(6)] public RollupBuffer Pending { get; set; } = new();

    /// <summary>The flush being delivered, if one is; re-sent until acknowledged.</summary>
    [Id(7)] public FlushOutbox? Outbox { get; set; }

    /// <summary>Number of the last flush drained.</summary>
    [Id(8)] public long FlushSequence { get; set; }
}
