using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>Changes by arrival time for the real-time windows: a ring of minute buckets for the last two hours and a ring of hour buckets for the last seven days.</summary>
/// <remarks>Fixed size whatever the traffic. A window up to two hours sums whole minutes (the current one included); longer windows sum whole hours.</remarks>
[GenerateSerializer, Alias("GrainMarketing.RecentBuckets")]
public sealed class RecentBuckets
{
    public const int Minutes = 120;
    public const int Hours = 168;

    [Id(0)] private readonly long[] _minuteIds = new long[Minutes];
    [Id(1)] private readonly MetricTotals[] _minutes = new MetricTotals[Minutes];
    [Id(2)] private readonly long[] _hourIds = new long[Hours];
    [Id(3)] private readonly MetricTotals[] _hours = new MetricTotals[Hours];

    public void Add(DateTimeOffset receivedAt, MetricTotals change)
    {
        if (change.IsZero)
        {
            return;
        }

        Add(_minuteIds, _minutes, MinuteOf(receivedAt), change);
        Add(_hourIds, _hours, MinuteOf(receivedAt) / 60, change);
    }

    /// <summary>What arrived in the last <paramref name="minutes"/> minutes before <paramref name="now"/>.</summary>
    public MetricTotals Sum(DateTimeOffset now, int minutes)
    {
        var minute = MinuteOf(now);
        return minutes <= Minutes
            ? Sum(_minuteIds, _minutes, minute - minutes + 1, minute)
            : Sum(_hourIds, _hours, (minute / 60) - ((minutes + 59) / 60) + 1, minute / 60);
    }

    /// <summary>Per-bucket totals over the last <paramref name="minutes"/>: minute buckets up to two hours, hour buckets beyond.</summary>
    public IEnumerable<(DateTimeOffset Start, MetricTotals Totals)> Series(DateTimeOffset now, int minutes)
    {
        var minute = MinuteOf(now);
        if (minutes <= Minutes)
        {
            for (var m = minute - minutes + 1; m <= minute; m++)
            {
                yield return (DateTimeOffset.UnixEpoch.AddMinutes(m), Get(_minuteIds, _minutes, m));
            }
        }
        else
        {
            for (var h = (minute / 60) - ((minutes + 59) / 60) + 1; h <= minute / 60; h++)
            {
                yield return (DateTimeOffset.UnixEpoch.AddHours(h), Get(_hourIds, _hours, h));
            }
        }
    }

    /// <summary>What arrived in the clock hour (UTC) that holds <paramref name="instant"/>; zero once that hour is past the ring.</summary>
    public MetricTotals Hour(DateTimeOffset instant) => Get(_hourIds, _hours, MinuteOf(instant) / 60);

    /// <summary>Minutes since the Unix epoch.</summary>
    private static long MinuteOf(DateTimeOffset instant) => instant.ToUnixTimeSeconds() / 60;

    /// <summary>Slots remember which minute or hour they hold as index + 1, so an empty slot (0) never matches.</summary>
    private static void Add(long[] ids, MetricTotals[] buckets, long index, MetricTotals change)
    {
        var slot = (int)(index % ids.Length);
        if (ids[slot] != index + 1)
        {
            ids[slot] = index + 1;
            buckets[slot] = MetricTotals.Zero;
        }

        buckets[slot] += change;
    }

    private static MetricTotals Get(long[] ids, MetricTotals[] buckets, long index)
    {
        if (index < 0)
        {
            return MetricTotals.Zero;
        }

        var slot = (int)(index % ids.Length);
        return ids[slot] == index + 1 ? buckets[slot] : MetricTotals.Zero;
    }

    private static MetricTotals Sum(long[] ids, MetricTotals[] buckets, long from, long to)
    {
        var sum = MetricTotals.Zero;
        for (var index = Math.Max(from, to - ids.Length + 1); index <= to; index++)
        {
            sum += Get(ids, buckets, index);
        }

        return sum;
    }
}
