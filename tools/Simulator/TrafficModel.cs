namespace GrainMarketing.Simulator;

/// <summary>
/// A deterministic world of tenants, campaigns and creatives with their own funnel rates and audience
/// mixes, and the diurnal curve that shapes how much traffic each second carries.
/// </summary>
public sealed class TrafficModel
{
    private static readonly string[] Platforms = ["meta", "google", "tiktok", "snapchat"];
    private static readonly (string Age, double Weight)[] Ages =
        [("18-24", 0.18), ("25-34", 0.30), ("35-44", 0.22), ("45-54", 0.15), ("55-64", 0.10), ("65+", 0.05)];
    private static readonly string[] Genders = ["female", "male"];
    private static readonly (string Country, double Weight)[] Countries =
        [("US", 0.40), ("DE", 0.15), ("GB", 0.15), ("FR", 0.10), ("BR", 0.10), ("IN", 0.10)];

    private readonly Random _random;

    public TrafficModel(int tenants, int campaignsPerTenant, int seed)
    {
        _random = new Random(seed);
        Campaigns = [.. Enumerable.Range(0, tenants).SelectMany(t => Enumerable.Range(0, campaignsPerTenant).Select(c => new Campaign(
            Tenant: $"sim-tenant-{t + 1}",
            Platform: Platforms[c % Platforms.Length],
            Id: $"sim-{c + 1}",
            Name: $"Simulated campaign {c + 1}",
            Creatives: [.. Enumerable.Range(1, 1 + _random.Next(4)).Select(a => $"ad-{c + 1}-{a}")],
            Ctr: 0.005 + (_random.NextDouble() * 0.03),
            Cvr: 0.01 + (_random.NextDouble() * 0.08),
            Cpm: 2 + (_random.NextDouble() * 12),
            Aov: 20 + (_random.NextDouble() * 120),
            Weight: 0.2 + _random.NextDouble(),
            Response: DailyResponse.For(seed, (t * campaignsPerTenant) + c))))];
    }

    public IReadOnlyList<Campaign> Campaigns { get; }

    public IEnumerable<string> Tenants => Campaigns.Select(c => c.Tenant).Distinct();

    /// <summary>Relative traffic at a time of day: low at night, peaks around 13:00 and 20:00.</summary>
    public static double Diurnal(DateTimeOffset now)
    {
        var hour = now.UtcDateTime.TimeOfDay.TotalHours;
        return 0.35 + (0.45 * Math.Exp(-Math.Pow(hour - 13, 2) / 8)) + (0.55 * Math.Exp(-Math.Pow(hour - 20, 2) / 6));
    }

    /// <summary>One delta event: an impression batch of one creative for one audience slice, with its clicks, spend and sales.</summary>
    public Event NextEvent(DateTimeOffset now, long sequence)
    {
        var campaign = Pick(Campaigns, c => c.Weight);
        var impressions = 1 + _random.Next(200);
        var clicks = Binomial(impressions, campaign.Ctr);
        var conversions = Binomial(clicks, campaign.Cvr);
        return new Event(
            campaign,
            campaign.Creatives[_random.Next(campaign.Creatives.Count)],
            Pick(Ages, a => a.Weight).Age,
            Genders[_random.Next(Genders.Length)],
            Pick(Countries, c => c.Weight).Country,
            impressions,
            clicks,
            Math.Round((decimal)(impressions * campaign.Cpm / 1000), 4),
            conversions,
            Math.Round((decimal)(conversions * campaign.Aov * (0.5 + _random.NextDouble())), 2),
            $"sim-{now.ToUnixTimeMilliseconds()}-{sequence}",
            DateOnly.FromDateTime(now.UtcDateTime));
    }

    private int Binomial(int trials, double p)
    {
        var hits = 0;
        for (var i = 0; i < trials; i++)
        {
            if (_random.NextDouble() < p)
            {
                hits++;
            }
        }

        return hits;
    }

    private T Pick<T>(IReadOnlyList<T> items, Func<T, double> weight)
    {
        var target = _random.NextDouble() * items.Sum(weight);
        foreach (var item in items)
        {
            target -= weight(item);
            if (target <= 0)
            {
                return item;
            }
        }

        return items[^1];
    }
}

public sealed record Campaign(
    string Tenant, string Platform, string Id, string Name, IReadOnlyList<string> Creatives,
    double Ctr, double Cvr, double Cpm, double Aov, double Weight, DailyResponse Response);

public sealed record Event(
    Campaign Campaign, string AdId, string Age, string Gender, string Country,
    long Impressions, long Clicks, decimal Spend, long Conversions, decimal ConversionValue, string EventId, DateOnly Date);
