using GrainMarketing.Currencies;
using GrainMarketing.Demographics;
using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>What the tenant index holds of one segment: its day totals within retention, its changes by arrival and when its newest flush arrived.</summary>
[GenerateSerializer, Alias("GrainMarketing.IndexedSegment")]
public sealed class IndexedSegment
{
    [Id(0)] public SortedDictionary<DateOnly, MetricTotals> Days { get; set; } = [];

    [Id(1)] public DateTimeOffset? LastReceivedAt { get; set; }

    [Id(2)] public RecentBuckets Recent { get; set; } = new();

    /// <summary>Numbers from campaigns that name a currency, per currency, converted only when asked.</summary>
    [Id(3)] public ForeignMoney Foreign { get; set; } = new();

    /// <summary>As a segment grain does: adds the changes, forgets days before <paramref name="oldestKept"/>, keeps the newest arrival.</summary>
    public void Add(IReadOnlyList<SegmentDelta> days, DateTimeOffset receivedAt, DateOnly oldestKept)
    {
        var moved = MetricTotals.Zero;
        foreach (var day in days)
        {
            if (day.Currency is { } currency)
            {
                Foreign.Add(currency, day.Date, day.Totals, receivedAt);
                continue;
            }

            Days[day.Date] = Days.GetValueOrDefault(day.Date) + day.Totals;
            moved += day.Totals;
        }

        Recent.Add(receivedAt, moved);

        while (Days.Count > 0 && Days.Keys.First() < oldestKept)
        {
            Days.Remove(Days.Keys.First());
        }

        Foreign.Prune(oldestKept);

        if (LastReceivedAt is null || receivedAt > LastReceivedAt)
        {
            LastReceivedAt = receivedAt;
        }
    }

    /// <summary>The segment over the window's days, or over its last minutes of arrivals before <paramref name="now"/>, in the tenant's currency, and its numbers in others still to convert.</summary>
    public (SegmentSummary Own, IReadOnlyList<CurrencySlice> Foreign) Summary(SegmentKey key, QueryWindow window, DateTimeOffset now, DateOnly oldestKept)
    {
        var totals = window.Dates is null ? Recent.Sum(now, window.RecentMinutes ?? 0) : MetricTotals.Zero;
        DateOnly? latest = null;
        foreach (var (date, day) in Days)
        {
            if (window.Dates is { } range && date >= range.From && date <= range.To)
            {
                totals += day;
            }

            latest = date;
        }

        latest = new[] { latest, Foreign.LatestDate }.Max();
        return (new SegmentSummary(key, totals, new Freshness(LastReceivedAt, latest)), [.. Foreign.For(window, now, oldestKept)]);
    }
}
