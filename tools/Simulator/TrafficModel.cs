namespace GrainMarketing.Simulator;

/// <summary>
/// A deterministic world of tenants, campaigns and creatives, and the one model both their live traffic and their
/// history come from: events arrive at the rate asked for, shaped by the diurnal curve; each campaign takes its share
/// by weight, each event is a few impressions at the campaign's CPM, clicks at its CTR (less where its creative has
/// faded, <see cref="FadingCreative"/>) and conversions at its CVR times the audience segment's rate (<see cref="DemoAudience"/>).
/// A campaign's daily budget is what that traffic spends in a day at its usual delivery, and its response curve passes
/// through that day, so the budget, the history and today agree at any rate.
/// </summary>
public sealed class TrafficModel
{
    /// <summary>Impressions an event carries on average (uniformly 1 to 2 x this - 1).</summary>
    public const int ImpressionsPerEvent = 3;

    private readonly Random _random;

    public TrafficModel(int tenants, int campaignsPerTenant, int seed, double rate)
    {
        _random = new Random(seed);
        var drawn = Enumerable.Range(0, tenants).SelectMany(t => Enumerable.Range(0, campaignsPerTenant).Select(c => Draw(t, c))).ToList();
        var eventsPerDay = rate * 86400 * TrafficClock.DayMean;
        var totalWeight = drawn.Sum(d => d.Weight);
        Campaigns = [.. drawn.Select((d, index) =>
        {
            var spendToday = eventsPerDay * (d.Weight / totalWeight) * ImpressionsPerEvent * d.Cpm / 1000;
            var budget = Budget(spendToday / (d.Kind.Delivery * d.Kind.Surge));
            var cvr = d.Cpm / (1000 * d.Ctr * d.Cpa);
            var response = DailyResponse.For(budget, budget * d.Kind.Delivery, d.Cpa, new Random((seed * 7919) + index));
            return new Campaign(d.Tenant, d.Kind.Platform, d.Id, d.Name, d.Kind, d.Creatives, d.Ctr, cvr, d.Cpm, d.Roas * d.Cpa,
                d.Weight, spendToday, response, response.ConversionScale(spendToday));
        })];
    }

    public IReadOnlyList<Campaign> Campaigns { get; }

    public IEnumerable<string> Tenants => Campaigns.Select(c => c.Tenant).Distinct();

    /// <summary>One delta event: a few impressions of one creative for one audience slice, with their clicks, spend and sales.</summary>
    public Event NextEvent(DateTimeOffset now, long sequence)
    {
        var campaign = Pick(Campaigns, c => c.Weight);
        var date = DateOnly.FromDateTime(now.UtcDateTime);
        var creative = campaign.Creatives[_random.Next(campaign.Creatives.Count)];
        var age = Pick(DemoAudience.Ages, a => a.Weight).Age;
        var gender = DemoAudience.Genders[_random.Next(DemoAudience.Genders.Count)];
        var impressions = 1 + _random.Next((2 * ImpressionsPerEvent) - 1);
        var clicks = Binomial(impressions, campaign.Ctr * FadingCreative.LiveCtrFactor(campaign, creative));
        var conversions = Binomial(clicks,
            campaign.Cvr * campaign.ConversionScale * DailyResponse.Weekday(date) * DemoAudience.ConversionRate(age, gender) * FadingCreative.LiveConversionBoost(campaign));
        return new Event(
            campaign,
            creative,
            age,
            gender,
            Pick(DemoAudience.Countries, c => c.Weight).Country,
            impressions,
            clicks,
            Math.Round((decimal)(impressions * campaign.Cpm / 1000), 4),
            conversions,
            Math.Round((decimal)(conversions * campaign.Aov * (0.5 + _random.NextDouble())), 2),
            $"sim-{now.ToUnixTimeMilliseconds()}-{sequence}",
            date);
    }

    /// <summary>A campaign's kind and its rates drawn within the kind's ranges, before the traffic it gets is known.</summary>
    /// <remarks>A campaign whose creative fades runs at least three, so the others show what the faded one lost.</remarks>
    private (CampaignKind Kind, string Tenant, string Id, string Name, string[] Creatives, double Ctr, double Cpa, double Cpm, double Roas, double Weight) Draw(int tenant, int index)
    {
        var kind = CampaignKind.Account[index % CampaignKind.Account.Count];
        double Within((double Low, double High) range) => range.Low + ((range.High - range.Low) * _random.NextDouble());
        var repeat = index / CampaignKind.Account.Count;
        return (kind, $"sim-tenant-{tenant + 1}", $"sim-{index + 1}", repeat == 0 ? kind.Name : $"{kind.Name} #{repeat + 1}",
            [.. Enumerable.Range(1, Math.Max(1 + _random.Next(4), kind.Fades ? 3 : 1)).Select(a => $"ad-{index + 1}-{a}")],
            Within(kind.Ctr), Within(kind.Cpa), Within(kind.Cpm), Within(kind.Roas),
            kind.Weight * kind.Delivery * kind.Surge * (0.8 + (0.4 * _random.NextDouble())));
    }

    /// <summary>A budget as people set them: three significant figures.</summary>
    private static double Budget(double spend)
    {
        var step = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(spend, 1))) - 2);
        return Math.Max(1, Math.Round(spend / step) * step);
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
