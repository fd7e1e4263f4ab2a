namespace GrainMarketing.Campaigns;

/// <summary>
/// When a campaign flushes: once a period while changes keep coming, and <see cref="Gathering"/> after the first
/// change that follows a whole quiet period, so a lone change reaches the rollup (and every live dashboard) in
/// milliseconds instead of up to a period later, while a busy campaign still flushes once a period.
/// </summary>
public sealed class FlushSchedule(IGrainTimer timer, TimeSpan period, TimeProvider clock)
{
    /// <summary>How long a first change waits for the rest of its burst (one ingest request's batches arrive together).</summary>
    public static readonly TimeSpan Gathering = TimeSpan.FromMilliseconds(50);

    private DateTimeOffset _lastChange = DateTimeOffset.MinValue;

    /// <summary>A change was buffered: after a quiet period, the next flush is brought forward.</summary>
    public void Changed()
    {
        var now = clock.GetUtcNow();
        if (now - _lastChange >= period)
        {
            timer.Change(Gathering, period);
        }

        _lastChange = now;
    }
}
