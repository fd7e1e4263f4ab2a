using GrainMarketing.Demographics;
using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>A campaign's changes not yet pushed upward, summed per date and breakdown slice as they arrive.</summary>
/// <remarks>A flush expands each slice into the segments it counts towards once, however many events it took, and sends one call per segment touched.</remarks>
[GenerateSerializer, Alias("GrainMarketing.RollupBuffer")]
public sealed class RollupBuffer
{
    [Id(4)] private readonly Dictionary<DateOnly, Dictionary<Breakdown, MetricTotals>> _slices = [];

    public bool IsEmpty => _slices.Count == 0;

    [Id(3)] public DateTimeOffset ReceivedAt { get; private set; }

    public void Add(MetricCell cell, MetricTotals change, DateTimeOffset receivedAt)
    {
        if (change.IsZero)
        {
            return;
        }

        if (!_slices.TryGetValue(cell.Date, out var slices))
        {
            _slices[cell.Date] = slices = [];
        }

        slices[cell.Breakdown] = slices.GetValueOrDefault(cell.Breakdown) + change;
        if (receivedAt > ReceivedAt)
        {
            ReceivedAt = receivedAt;
        }
    }

    /// <summary>Everything buffered, as the numbered flush to send, its money in <paramref name="currency"/> (null: the tenant's); the buffer is empty afterwards.</summary>
    public FlushOutbox Drain(long sequence, string tenant, AdPlatform platform, string? currency)
    {
        var segments = new Dictionary<SegmentKey, Dictionary<DateOnly, MetricTotals>>();
        var days = new List<(DateOnly Date, MetricTotals Totals)>(_slices.Count);
        var reported = new HashSet<Dimensions>();
        foreach (var (date, slices) in _slices)
        {
            var day = MetricTotals.Zero;
            foreach (var (breakdown, totals) in slices)
            {
                day += totals;
                reported.Add(breakdown.Reported);
                foreach (var segment in SegmentKey.For(tenant, breakdown))
                {
                    if (!segments.TryGetValue(segment, out var segmentDays))
                    {
                        segments[segment] = segmentDays = [];
                    }

                    segmentDays[date] = segmentDays.GetValueOrDefault(date) + totals;
                }
            }

            days.Add((date, day));
        }

        IReadOnlyList<Dimensions> reportedList = [.. reported];
        var outbox = new FlushOutbox(
            sequence,
            [.. segments.Select(s => new SegmentFlush(s.Key, [.. s.Value.Select(d => new SegmentDelta(d.Key, d.Value, currency))]))],
            [.. days.Select(d => new PlatformDelta(platform, d.Date, d.Totals, reportedList, currency))],
            ReceivedAt);
        _slices.Clear();
        return outbox;
    }
}
