namespace GrainMarketing.Simulator;

/// <summary>
/// The demo's anomalies: the conversion pixel of one busy campaign breaks a few minutes after the simulator starts
/// and stays broken for half an hour, and now and then a campaign's pixel breaks for an hour, so spend goes on
/// without conversions.
/// </summary>
/// <remarks>
/// The detector learns each campaign's conversions per unit of spend from what arrives (the backfilled history is
/// enough) and reports a broken pixel once the spend since the last conversion should have bought about 13 (at the
/// default sensitivity), so the first outage is on the campaign that converts most often, where that takes minutes.
/// The hourly ones are deterministic from the campaign and the UTC date: about one campaign in <see cref="OneIn"/>
/// a day, at an hour of its own.
/// </remarks>
public sealed class BrokenPixels(Campaign first, DateTimeOffset started)
{
    public const int OneIn = 6;
    public static readonly TimeSpan FirstAfter = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan FirstLasts = TimeSpan.FromMinutes(30);

    public Campaign First => first;

    /// <summary>The event as the platform would report it: without conversions when its campaign's pixel is broken at <paramref name="now"/>.</summary>
    public Event Apply(Event traffic, DateTimeOffset now) =>
        IsBroken(traffic.Campaign, now) ? traffic with { Conversions = 0, ConversionValue = 0 } : traffic;

    public bool IsBroken(Campaign campaign, DateTimeOffset now) =>
        (campaign == first && now >= started + FirstAfter && now < started + FirstAfter + FirstLasts) || IsBrokenHour(campaign, now);

    /// <summary>The occasional broken hour of a campaign on a UTC date.</summary>
    public static bool IsBrokenHour(Campaign campaign, DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime).DayNumber;
        var seed = StableHash($"{campaign.Tenant}/{campaign.Platform}/{campaign.Id}") + (uint)day;
        return seed % OneIn == 0 && now.UtcDateTime.Hour == (int)((seed / OneIn) % 24);
    }

    /// <summary>The campaign among <paramref name="campaigns"/> with the most conversions a day, whose outage shows soonest.</summary>
    public static Campaign Busiest(IEnumerable<Campaign> campaigns) =>
        campaigns.MaxBy(c => c.SpendToday / c.CostPerConversion * c.ConversionScale)
        ?? throw new ArgumentException("No campaign to break.", nameof(campaigns));

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
