using System.Globalization;

namespace GrainMarketing.Bench;

/// <summary>
/// Deterministic events: event i depends only on the seed, the campaign count and i, so the HTTP
/// ingest, the background load and the COPY into PostgreSQL regenerate exactly the same values
/// without holding 10 million events in memory. Keys are skewed the way real traffic is: a few
/// campaigns, creatives, age bands and countries take most of the events.
/// </summary>
internal sealed class EventGenerator
{
    public const decimal SpendUnit = 0.0001m;
    public const int AdsPerCampaign = 4;
    public const int Days = 7;

    public static readonly string[] Platforms = ["meta", "google", "tiktok"];
    public static readonly string[] AgeBands = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"];
    public static readonly string[] Genders = ["female", "male", "unknown"];
    public static readonly string[] Countries = ["US", "GB", "DE", "FR", "CA", "BR", "IN", "AU", "ES", "NL"];

    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    private static readonly WeightedChoice PlatformMix = new([50, 30, 20]);
    private static readonly WeightedChoice AdMix = new([55, 25, 15, 5]);
    private static readonly WeightedChoice DayMix = new([60, 12, 9, 7, 5, 4, 3]);
    private static readonly WeightedChoice AgeMix = new([18, 32, 22, 14, 9, 5]);
    private static readonly WeightedChoice GenderMix = new([54, 41, 5]);
    private static readonly WeightedChoice CountryMix = new([38, 12, 10, 8, 7, 7, 6, 5, 4, 3]);

    /// <summary>Spend per impression by platform, in <see cref="SpendUnit"/>s (45 = a 4.50 CPM).</summary>
    private static readonly int[] PlatformPrice = [45, 60, 30];

    /// <summary>Price level by country, percent of the platform's price.</summary>
    private static readonly int[] CountryPrice = [100, 90, 85, 80, 85, 35, 20, 90, 60, 80];

    private readonly ulong _seed;
    private readonly WeightedChoice _campaignMix;
    private readonly int[] _platformOf;
    private readonly string[] _campaignIds;

    public EventGenerator(ulong seed, int campaigns, DateOnly today)
    {
        _seed = seed;
        Today = today;
        _campaignIds = [.. Enumerable.Range(0, campaigns).Select(c => $"cmp-{c:D4}")];
        _platformOf = [.. Enumerable.Range(0, campaigns).Select(c => PlatformMix.Pick(Mix(seed ^ ((ulong)c * Golden))))];
        _campaignMix = new WeightedChoice([.. Enumerable.Range(0, campaigns).Select(c => (long)(1_000_000 / Math.Pow(c + 1, 0.9)))]);
    }

    public DateOnly Today { get; }

    public int Campaigns => _campaignIds.Length;

    /// <summary>The busiest campaign's share of all events, in percent.</summary>
    public double HottestCampaignShare => 100.0 * _campaignMix.WeightOf(0) / _campaignMix.Total;

    public string CampaignId(int campaign) => _campaignIds[campaign];

    public string PlatformOf(int campaign) => Platforms[_platformOf[campaign]];

    /// <summary>The campaign's id in API URLs: <c>{platform}:{campaignId}</c>.</summary>
    public string ApiKey(int campaign) => $"{PlatformOf(campaign)}:{CampaignId(campaign)}";

    public static string AdId(string campaignId, int ad) => string.Create(CultureInfo.InvariantCulture, $"{campaignId}-ad{ad}");

    public DateOnly DateOf(in BenchEvent e) => Today.AddDays(-e.DaysAgo);

    /// <summary>The campaign a query client asks about on its n-th query: as skewed as the traffic, the same for the API and SQL.</summary>
    public int QueryTarget(int client, long n) => _campaignMix.Pick(Mix(~_seed ^ ((ulong)client << 40) ^ ((ulong)n * Golden)));

    public BenchEvent At(long index)
    {
        var state = _seed ^ ((ulong)index * Golden);
        var r1 = Mix(state += Golden);
        var r2 = Mix(state += Golden);
        var r3 = Mix(state += Golden);
        var r4 = Mix(state += Golden);
        var r5 = Mix(state + Golden);

        var campaign = _campaignMix.Pick(r1);
        var country = CountryMix.Pick(r3 << 32);
        var clicked = (r4 & 0xFFFF) % 1000 < 20;
        var converted = clicked && ((r4 >> 16) & 0xFFFF) % 100 < 5;
        var price = (PlatformPrice[_platformOf[campaign]] * CountryPrice[country] / 100) + (int)((r4 >> 32) % 11) - 5;
        var value = converted ? 500 + (int)(r5 % 4500) + ((r5 >> 32) % 10 == 0 ? (int)((r5 >> 40) % 20000) : 0) : 0;
        return new BenchEvent(
            index,
            campaign,
            AdMix.Pick(r1 << 32),
            DayMix.Pick(r2),
            AgeMix.Pick(r2 << 32),
            GenderMix.Pick(r3),
            country,
            clicked ? 1 : 0,
            converted ? 1 : 0,
            Math.Max(1, price),
            value);
    }

    /// <summary>The exact sums of events <paramref name="from"/> (included) to <paramref name="to"/> (excluded).</summary>
    public EventTotals Sum(long from, long to)
    {
        long impressions = 0, clicks = 0, spend = 0, conversions = 0, value = 0;
        for (var i = from; i < to; i++)
        {
            var e = At(i);
            impressions++;
            clicks += e.Clicks;
            spend += e.SpendUnits;
            conversions += e.Conversions;
            value += e.ValueCents;
        }

        return new EventTotals(to - from, impressions, clicks, spend, conversions, value);
    }

    /// <summary>SplitMix64's finaliser: a well-mixed 64-bit value from any input.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
