namespace GrainMarketing.Bench;

/// <summary>Sums of the events a system confirmed, added to by many senders at once.</summary>
internal sealed class SharedTotals
{
    private readonly Lock _gate = new();
    private EventTotals _totals;

    public EventTotals Value
    {
        get
        {
            lock (_gate)
            {
                return _totals;
            }
        }
    }

    public void Add(EventTotals totals)
    {
        lock (_gate)
        {
            _totals += totals;
        }
    }
}
