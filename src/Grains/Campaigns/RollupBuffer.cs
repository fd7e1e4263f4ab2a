using GrainMarketing.Demographics;
using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>
/// A campaign's changes not yet pushed upward, summed per demographic segment and per platform and
/// date, so a flush sends one call per segment touched, however many events arrived since the last.
/// </summary>
[GenerateSerializer, Alias("GrainMarketing.RollupBuffer")]
public sealed class RollupBuffer
{
    [Id(0)] private readonly Dictionary<SegmentKey, Dictionary<DateOnly, MetricTotals>> _segments = [];
    [Id(1)] private readonly Dictionary<DateOnly, MetricTotals> _platform = [];
    [Id(2)] private readonly HashSet<Dimensions> _reported = [];

    public bool IsEmpty => _platform.Count == 0;

    [Id(3)] public DateTimeOffset ReceivedAt { get; private set; }

    public void Add(string tenant, MetricCell cell, MetricTotals change, DateTimeOffset receivedAt)
    {
        if (change.IsZero)
        {
            return;
        }

        _platform[cell.Date] = _platform.GetValueOrDefault(cell.Date) + change;
        _reported.Add(cell.Breakdown.Reported);
        foreach (var segment in SegmentKey.For(tenant, cell.Breakdown))
        {
            if (!_segments.TryGetValue(segment, out var days))
            {
                _segments[segment] = days = [];
            }

            days[cell.Date] = days.GetValueOrDefault(cell.Date) + change;
        }

        if (receivedAt > ReceivedAt)
        {
            ReceivedAt = receivedAt;
        }
    }

    /// <summary>Everything buffered, as the numbered flush to send; the buffer is empty afterwards.</summary>
    public FlushOutbox Drain(long sequence, AdPlatform platform)
    {
        IReadOnlyList<Dimensions> reported = [.. _reported];
        var outbox = new FlushOutbox(
            sequence,
            [.. _segments.Select(s => new SegmentFlush(s.Key, [.. s.Value.Select(d => new SegmentDelta(d.Key, d.Value))]))],
            [.. _platform.Select(d => new PlatformDelta(platform, d.Key, d.Value, reported))],
            ReceivedAt);
        _segments.Clear();
        _platform.Clear();
        _reported.Clear();
        return outbox;
    }
}
