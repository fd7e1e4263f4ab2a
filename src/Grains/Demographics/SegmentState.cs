using GrainMarketing.Currencies;
using GrainMarketing.Metrics;

namespace GrainMarketing.Demographics;

[GenerateSerializer, Alias("GrainMarketing.SegmentState")]
public sealed class SegmentState
{
    /// <summary>Days in the tenant's currency (from campaigns that name none).</summary>
    [Id(0)] public SortedDictionary<DateOnly, MetricTotals> Days { get; set; } = [];

    [Id(1)] public DateTimeOffset? LastReceivedAt { get; set; }

    [Id(2)] public SegmentKey? Key { get; set; }

    [Id(3)] public GrainMarketing.Campaigns.RecentBuckets Recent { get; set; } = new();

    /// <summary>The last flush number applied per source campaign.</summary>
    [Id(4)] public Dictionary<string, long> AppliedFlushes { get; set; } = [];

    /// <summary>Whether the tenant's segment registry has confirmed this segment.</summary>
    /// <remarks>
    /// Apart from <see cref="Key"/>, which is set with the first data so queries see it at once: a failed
    /// registration is retried with the next flush even when another flush's write already stored the data.
    /// </remarks>
    [Id(5)] public bool Registered { get; set; }

    /// <summary>Numbers from campaigns that name a currency, per currency, converted only when asked.</summary>
    [Id(6)] public ForeignMoney Foreign { get; set; } = new();

    /// <summary>The currency each source campaign in another currency than the tenant's labelled its last flush with; its days past retention are converted apart.</summary>
    [Id(7)] public Dictionary<string, string> SourceCurrencies { get; set; } = [];
}
