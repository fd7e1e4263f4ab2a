using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>What the tenant index holds of one campaign: its metadata and freshness as last sent, and its flushed day totals within retention.</summary>
[GenerateSerializer, Alias("GrainMarketing.IndexedCampaign")]
public sealed class IndexedCampaign
{
    [Id(0)] public CampaignMetadata Metadata { get; set; } = new();

    [Id(1)] public Freshness Freshness { get; set; } = Freshness.Empty;

    /// <summary>The last flush number applied.</summary>
    [Id(2)] public long AppliedFlush { get; set; }

    [Id(3)] public SortedDictionary<DateOnly, MetricTotals> Days { get; set; } = [];

    /// <summary>True when the index began after some of the campaign's flushes (it is older than the index): its days fall short.</summary>
    [Id(4)] public bool Partial { get; set; }

    /// <summary>Adds the flush's day changes and forgets days before <paramref name="oldestKept"/>.</summary>
    public void Add(IReadOnlyList<PlatformDelta> days, DateOnly oldestKept)
    {
        foreach (var day in days)
        {
            Days[day.Date] = Days.GetValueOrDefault(day.Date) + day.Totals;
        }

        while (Days.Count > 0 && Days.Keys.First() < oldestKept)
        {
            Days.Remove(Days.Keys.First());
        }
    }

    public MetricTotals Totals(DateRange range)
    {
        var totals = MetricTotals.Zero;
        foreach (var (date, day) in Days)
        {
            if (date > range.To)
            {
                break;
            }

            if (date >= range.From)
            {
                totals += day;
            }
        }

        return totals;
    }
}
