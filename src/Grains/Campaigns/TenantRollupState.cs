using GrainMarketing.Currencies;
using GrainMarketing.Insights.Anomalies;
using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

[GenerateSerializer, Alias("GrainMarketing.TenantRollupState")]
public sealed class TenantRollupState
{
    /// <summary>Each platform's days in the tenant's currency (from campaigns that name none); every platform with data has an entry.</summary>
    [Id(0)] public Dictionary<AdPlatform, SortedDictionary<DateOnly, MetricTotals>> Days { get; set; } = [];

    [Id(1)] public Dictionary<AdPlatform, DateTimeOffset> LastReceivedAt { get; set; } = [];

    [Id(2)] public Dictionary<AdPlatform, RecentBuckets> Recent { get; set; } = [];

    /// <summary>The breakdown combinations each platform's data has arrived in.</summary>
    [Id(3)] public Dictionary<AdPlatform, HashSet<Dimensions>> Reported { get; set; } = [];

    /// <summary>The last flush number applied per campaign.</summary>
    [Id(4)] public Dictionary<CampaignKey, long> AppliedFlushes { get; set; } = [];

    /// <summary>The tenant's anomaly baselines over every platform's totals.</summary>
    [Id(5)] public AnomalyWatchState Anomalies { get; set; } = new();

    /// <summary>Each platform's numbers from campaigns that name a currency, kept per currency and converted only when asked.</summary>
    [Id(6)] public Dictionary<AdPlatform, ForeignMoney> Foreign { get; set; } = [];

    /// <summary>The currency each campaign in another currency than the tenant's labelled its last flush with; its days past retention are converted apart.</summary>
    [Id(7)] public Dictionary<CampaignKey, string> Currencies { get; set; } = [];

    /// <summary>What arrived from every platform in the clock hour that holds <paramref name="instant"/>, in the tenant's currency only.</summary>
    public MetricTotals Hour(DateTimeOffset instant) => Recent.Values.Aggregate(MetricTotals.Zero, (sum, recent) => sum + recent.Hour(instant));

    /// <summary>Adds a campaign's flush to each platform's totals; false, changing nothing, when the campaign's flush of that number was applied already.</summary>
    /// <remarks>Days before <paramref name="oldestKept"/> are dropped as the new ones arrive.</remarks>
    public bool Apply(CampaignKey campaign, long flush, IReadOnlyList<PlatformDelta> deltas, DateTimeOffset receivedAt, DateOnly oldestKept)
    {
        if (AppliedFlushes.GetValueOrDefault(campaign) >= flush)
        {
            return false;
        }

        foreach (var delta in deltas)
        {
            Apply(delta, receivedAt, oldestKept);
        }

        if (deltas.Count > 0 && deltas[0].Currency is { } currency)
        {
            Currencies[campaign] = currency;
        }
        else if (deltas.Count > 0)
        {
            Currencies.Remove(campaign);
        }

        AppliedFlushes[campaign] = flush;
        return true;
    }

    private void Apply(PlatformDelta delta, DateTimeOffset receivedAt, DateOnly oldestKept)
    {
        if (!Days.TryGetValue(delta.Platform, out var days))
        {
            Days[delta.Platform] = days = [];
        }

        if (delta.Currency is { } currency)
        {
            if (!Foreign.TryGetValue(delta.Platform, out var foreign))
            {
                Foreign[delta.Platform] = foreign = new ForeignMoney();
            }

            foreign.Add(currency, delta.Date, delta.Totals, receivedAt);
            foreign.Prune(oldestKept);
        }
        else
        {
            days[delta.Date] = days.GetValueOrDefault(delta.Date) + delta.Totals;
            if (!Recent.TryGetValue(delta.Platform, out var recent))
            {
                Recent[delta.Platform] = recent = new RecentBuckets();
            }

            recent.Add(receivedAt, delta.Totals);
        }

        while (days.Count > 0 && days.Keys.First() < oldestKept)
        {
            days.Remove(days.Keys.First());
        }

        if (!Reported.TryGetValue(delta.Platform, out var reported))
        {
            Reported[delta.Platform] = reported = [];
        }

        reported.UnionWith(delta.Reported);
        if (!LastReceivedAt.TryGetValue(delta.Platform, out var last) || receivedAt > last)
        {
            LastReceivedAt[delta.Platform] = receivedAt;
        }
    }
}
