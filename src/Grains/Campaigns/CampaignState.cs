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
}
