using GrainMarketing.Demographics;
using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>
/// A campaign's changes not yet pushed upward, summed per demographic segment and per platform and
/// date, so a flush sends one call per segment touched, however many events arrived since the last.
/// </summary>
public sealed class RollupBuffer
{
    private readonly Dictionary<SegmentKey, Dictionary<DateOnly, MetricTotals>> _segments = [];
    private readonly Dictionary<DateOnly, MetricTotals> _platform = [];
    private readonly HashSet<Dimensions> _reported = [];

    public bool IsEmpty => _platform.Count == 0;

    public DateTimeOffset ReceivedAt { get; private set; }

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

    /// <summary>Puts back what a failed flush drained, so the next flush sends it again.</summary>
    public void Restore(List<(SegmentKey Segment, List<SegmentDelta> Deltas)> segments, List<PlatformDelta> platform, DateTimeOffset receivedAt)
    {
        foreach (var delta in platform)
        {
            _platform[delta.Date] = _platform.GetValueOrDefault(delta.Date) + delta.Totals;
            _reported.UnionWith(delta.Reported);
        }

        foreach (var (segment, deltas) in segments)
        {
            if (!_segments.TryGetValue(segment, out var days))
            {
                _segments[segment] = days = [];
            }

            foreach (var delta in deltas)
            {
                days[delta.Date] = days.GetValueOrDefault(delta.Date) + delta.Totals;
            }
        }

        if (receivedAt > ReceivedAt)
        {
            ReceivedAt = receivedAt;
        }
    }

    /// <summary>Everything buffered, grouped for sending; the buffer is empty afterwards.</summary>
    public (List<(SegmentKey Segment, List<SegmentDelta> Deltas)> Segments, List<PlatformDelta> Platform) Drain(AdPlatform platform)
    {
        var segments = _segments
            .Select(s => (s.Key, s.Value.Select(d => new SegmentDelta(d.Key, d.Value)).ToList()))
            .ToList();
        IReadOnlyList<Dimensions> reported = [.. _reported];
        var platformDeltas = _platform.Select(d => new PlatformDelta(platform, d.Key, d.Value, reported)).ToList();
        _segments.Clear();
        _platform.Clear();
        _reported.Clear();
        return (segments, platformDeltas);
    }
}
