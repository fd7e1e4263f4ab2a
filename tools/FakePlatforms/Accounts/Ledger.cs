using Microsoft.Extensions.Options;

namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>
/// The numbers: every (ad, day, age band, gender) cell is drawn from the seed, and every report, breakdown
/// and the control API's truth is a sum of the same cells, so breakdowns add up to totals exactly.
/// Restated days carry late conversions on top of the first draw.
/// </summary>
public sealed class Ledger(IOptions<FakeOptions> options, Restatements restatements, TimeProvider time)
{
    /// <summary>The account's current local day.</summary>
    public DateOnly Today(AdAccount account) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), account.Zone).DateTime);

    public DateOnly FirstDay(AdAccount account) => Today(account).AddDays(1 - options.Value.Days);

    /// <summary>The rows of one report, in a stable order (day, then entity, then age, then gender) so pages never overlap.</summary>
    public IReadOnlyList<(RowKey Key, Stats Stats)> Rows(AdAccount account, DateOnly since, DateOnly until, Grouping grouping, Func<Campaign, AdSet, bool>? include = null)
    {
        var today = Today(account);
        var first = FirstDay(account);
        var keys = new List<RowKey>();
        var sums = new Dictionary<RowKey, Stats>();
        var from = since < first ? first : since;
        var to = until > today ? today : until;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var revision = restatements.Revision(account, day);
            foreach (var campaign in account.Campaigns)
            {
                foreach (var adSet in campaign.AdSets.Where(s => include is null || include(campaign, s)))
                {
                    foreach (var ad in adSet.Ads)
                    {
                        for (var age = 0; age < Demographics.AgeBands; age++)
                        {
                            for (var gender = 0; gender < Demographics.Genders; gender++)
                            {
                                var key = new RowKey(
                                    grouping.Entity(campaign, adSet, ad),
                                    grouping.ByDay ? day : null,
                                    grouping.ByAge ? Demographics.Age(account.Platform, age) : "",
                                    grouping.ByGender ? Demographics.Gender(account.Platform, gender) : "");
                                var cell = Cell(campaign, ad, day, today, age, gender, revision);
                                if (sums.TryGetValue(key, out var sum))
                                {
                                    sums[key] = sum + cell;
                                }
                                else
                                {
                                    keys.Add(key);
                                    sums[key] = cell;
                                }
                            }
                        }
                    }
                }
            }
        }

        return keys.Select(k => (k, sums[k])).ToList();
    }

    private Stats Cell(Campaign campaign, Ad ad, DateOnly day, DateOnly today, int age, int gender, int revision)
    {
        if (!campaign.SeedActive && day > today.AddDays(-7))
        {
            return default;
        }

        var h = Noise.Mix(options.Value.Seed, ad.Key, day.DayNumber, age, gender);
        var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1.15 : 1.0;
        var season = 1 + (0.15 * Math.Sin((day.DayNumber / 11.0) + ad.Key));
        var share = Demographics.AgeWeights[age] * Demographics.GenderWeights[gender] / campaign.AdCount;
        var spend = (long)(campaign.SeedBudgetMinor * share * weekend * season * (0.7 + (0.6 * Noise.Unit(h))));
        var impressions = spend * 1_000 / campaign.CpmMinor;
        if (impressions == 0)
        {
            // No delivery, no cost: the platforms leave such rows out, and the truth must agree with them.
            return default;
        }

        var clicks = (long)((impressions * (0.004 + (0.02 * Noise.Unit(Noise.Mix((long)h, 1))))) + Noise.Unit(Noise.Mix((long)h, 2)));
        var rate = 0.01 + (0.05 * Noise.Unit(Noise.Mix(ad.Key, 3)));
        var conversions = (long)((clicks * rate) + Noise.Unit(Noise.Mix((long)h, 4)));
        var value = conversions * (long)(campaign.AovMinor * (0.8 + (0.4 * Noise.Unit(Noise.Mix((long)h, 5)))));

        // Late conversions: each restatement of the day lands one more purchase on about a fifth of the clicked cells.
        for (var k = 1; k <= revision && clicks > 0; k++)
        {
            if (Noise.Unit(Noise.Mix((long)h, 100 + k)) < 0.2)
            {
                conversions++;
                value += campaign.AovMinor;
            }
        }

        return new Stats(impressions, clicks, spend, conversions, value);
    }
}
