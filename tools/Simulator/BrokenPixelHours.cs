namespace GrainMarketing.Simulator;

/// <summary>The demo's occasional anomaly: now and then a campaign's conversion pixel breaks for an hour, so spend goes on without conversions.</summary>
/// <remarks>
/// Deterministic from the campaign and the UTC date: about one campaign in <see cref="OneIn"/> has one broken hour a day,
/// at an hour of its own, so the anomalies API has something to show after a day of history.
/// </remarks>
public static class BrokenPixelHours
{
    public const int OneIn = 6;

    /// <summary>The event as the platform would report it: without conversions when its campaign's pixel is broken at <paramref name="now"/>.</summary>
    public static Event Apply(Event traffic, DateTimeOffset now) =>
        IsBroken(traffic.Campaign, now) ? traffic with { Conversions = 0, ConversionValue = 0 } : traffic;

    public static bool IsBroken(Campaign campaign, DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime).DayNumber;
        var seed = StableHash($"{campaign.Tenant}/{campaign.Platform}/{campaign.Id}") + (uint)day;
        return seed % OneIn == 0 && now.UtcDateTime.Hour == (int)((seed / OneIn) % 24);
    }

    /// <summary>FNV-1a: string.GetHashCode differs between runs, and the broken hours should not.</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}
