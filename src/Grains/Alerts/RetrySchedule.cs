namespace GrainMarketing.Alerts;

/// <summary>Exponential backoff: after failed attempt n the next waits base × 2^(n-1), never more than the cap.</summary>
public static class RetrySchedule
{
    public static TimeSpan After(int failedAttempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempt, 1);
        var ticks = baseDelay.Ticks * Math.Pow(2, failedAttempt - 1);
        return ticks >= maxDelay.Ticks ? maxDelay : TimeSpan.FromTicks((long)ticks);
    }
}
