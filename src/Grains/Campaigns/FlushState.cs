namespace GrainMarketing.Campaigns;

/// <summary>A campaign's flush bookkeeping, stored apart from its large checkpoint and written once per flush.</summary>
[GenerateSerializer, Alias("GrainMarketing.CampaignFlushState")]
public sealed class FlushState
{
    /// <summary>Number of the last flush drained.</summary>
    [Id(0)] public long Sequence { get; set; }

    /// <summary>The journal sequence the campaign had applied when that flush was drained.</summary>
    /// <remarks>Replay after a crash adds rows at or below it to the cells only, because their changes already left in a flush.</remarks>
    [Id(1)] public long FlushedThrough { get; set; }

    /// <summary>The flush being delivered, if one is; re-sent until acknowledged.</summary>
    [Id(2)] public FlushOutbox? Outbox { get; set; }
}
