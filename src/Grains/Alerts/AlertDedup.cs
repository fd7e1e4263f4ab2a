namespace GrainMarketing.Alerts;

/// <summary>"The same alert within the window": an alert is admitted unless one with its key was sent less than the window ago.</summary>
/// <remarks>
/// The window runs from the last alert sent, not the last suppressed, so an alert that keeps firing is sent
/// once per window rather than never again.
/// </remarks>
public static class AlertDedup
{
    /// <summary>Keys remembered at once; the oldest is forgotten first when more arrive within a window.</summary>
    public const int MaxKeys = 1000;

    /// <summary>True (and remembered as sent now) unless <paramref name="key"/> was sent within <paramref name="window"/>.</summary>
    public static bool Admit(Dictionary<string, DateTimeOffset> lastSent, string key, DateTimeOffset now, TimeSpan window)
    {
        if (window > TimeSpan.Zero && lastSent.TryGetValue(key, out var sentAt) && now - sentAt < window)
        {
            return false;
        }

        foreach (var expired in lastSent.Where(e => now - e.Value >= window).Select(e => e.Key).ToList())
        {
            lastSent.Remove(expired);
        }

        while (lastSent.Count >= MaxKeys)
        {
            lastSent.Remove(lastSent.MinBy(e => e.Value).Key);
        }

        if (window > TimeSpan.Zero)
        {
            lastSent[key] = now;
        }

        return true;
    }
}
