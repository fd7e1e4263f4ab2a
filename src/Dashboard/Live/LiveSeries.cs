namespace GrainMarketing.Dashboard.Live;

/// <summary>The last ticks of the live feed, as spend and conversions per tick (the feed's totals are today's running sums).</summary>
/// <remarks>Bounded: the oldest tick goes when a new one comes past <c>capacity</c>. A new day (totals falling) starts from zero.</remarks>
public sealed class LiveSeries(int capacity)
{
    private readonly Queue<LivePoint> _points = new();
    private LiveTick? _last;

    public LiveTick? Last => _last;

    /// <summary>Why the feed stopped, when it did.</summary>
    public string? LostReason { get; private set; }

    public void Lost(string reason) => LostReason = reason;

    public IReadOnlyList<LivePoint> Points => [.. _points];

    public void Add(LiveTick tick)
    {
        var spend = tick.Today.Totals?.Spend ?? 0;
        var conversions = tick.Today.Totals?.Conversions ?? 0;
        var before = _last?.Today.Totals;
        var newDay = before is null || spend < (before.Spend ?? 0);
        _points.Enqueue(new LivePoint(
            tick.At,
            newDay ? 0 : spend - (before!.Spend ?? 0),
            newDay ? 0 : Math.Max(0, conversions - (before!.Conversions ?? 0))));
        if (_points.Count > capacity)
        {
            _points.Dequeue();
        }

        _last = tick;
    }
}
