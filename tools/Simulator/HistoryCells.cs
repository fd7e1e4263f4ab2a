using System.Globalization;

namespace GrainMarketing.Simulator;

/// <summary>
/// A backfilled day of a campaign as a platform's report by ad and age × gender gives it: one snapshot per creative
/// and segment, whose spend, conversions and value add up to the day's, with reach on every row where the platform
/// reports reach (Google Ads does not).
/// </summary>
/// <remarks>
/// Spend goes to each creative evenly and to each segment by its share of the traffic, a few percent off from day
/// to day; the day's CPM and CTR wander a few percent too, and a fading creative's CTR and frequency follow
/// <see cref="FadingCreative"/>. The day's conversions (a whole number, from the campaign's response curve) are dealt
/// to the cells one by one in proportion to their spend, their CTR against the campaign's and their segment's rate
/// (<see cref="DemoAudience"/>), so the campaign's day stays on its curve. Conversions reported late are dealt the same
/// way on top, from a draw of their own, so a restatement moves only what arrived late. Every draw is seeded by the
/// campaign and the date: the same day sent twice is the same cells, and a snapshot replaces them.
/// </remarks>
public static class HistoryCells
{
    /// <summary>The day's cells; <paramref name="late"/> conversions arrive on top of <paramref name="conversions"/>.</summary>
    public static IEnumerable<object> Of(Campaign campaign, DateOnly date, double spend, int conversions, int late, DateOnly startDay)
    {
        var random = new Random(campaign.Response.Seed ^ date.DayNumber);
        var cells = campaign.Creatives.SelectMany(creative => DemoAudience.Segments.Select(segment => (Creative: creative, segment.Age, segment.Gender, segment.Share))).ToList();
        var cpm = campaign.Cpm * Wander(random);
        var ctr = campaign.Ctr * Wander(random);
        var spends = Cents(spend, [.. cells.Select(c => c.Share / campaign.Creatives.Count * Wander(random))]);
        var impressions = spends.Select(s => (long)((double)s / cpm * 1000)).ToArray();
        var ctrFactors = cells.Select(c => FadingCreative.CtrFactor(campaign, c.Creative, date, startDay)).ToArray();
        var clicks = cells.Select((_, i) => (long)(impressions[i] * ctr * ctrFactors[i] * Wander(random))).ToArray();
        var reach = cells.Select((c, i) => ReportsReach(campaign)
            ? (long?)Math.Max(1, Math.Round(impressions[i] / (FadingCreative.Frequency(campaign, c.Creative, date, startDay) * Wander(random))))
            : null).ToArray();
        var weights = cells.Select((c, i) => (double)spends[i] * ctrFactors[i] * DemoAudience.ConversionRate(c.Age, c.Gender)).ToArray();
        var dealt = Deal(conversions, weights, random);
        var lateDealt = Deal(late, weights, new Random(campaign.Response.Seed ^ ~date.DayNumber));
        return cells.Select((c, i) => (object)new
        {
            platform = campaign.Platform,
            campaignId = campaign.Id,
            adId = c.Creative,
            creativeFormat = campaign.Kind.CreativeFormat,
            date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            age = c.Age,
            gender = c.Gender,
            impressions = impressions[i],
            reach = reach[i],
            clicks = clicks[i],
            spend = spends[i],
            conversions = (decimal)(dealt[i] + lateDealt[i]),
            conversionValue = Math.Round((decimal)((dealt[i] + lateDealt[i]) * campaign.Aov), 2),
            kind = "snapshot",
        });
    }

    /// <summary>Meta, TikTok and Snapchat report reach per row; Google Ads' reporting has none.</summary>
    public static bool ReportsReach(Campaign campaign) => campaign.Platform != "google";

    /// <summary>A few percent up or down, log-normally.</summary>
    private static double Wander(Random random) => Math.Exp(0.05 * StandardNormal.Draw(random));

    /// <summary>The spend split by <paramref name="weights"/> in cents, the rounding put on the largest cell so the cells add up to the day.</summary>
    private static decimal[] Cents(double spend, double[] weights)
    {
        var total = Math.Round((decimal)spend, 2);
        var sum = weights.Sum();
        var cents = weights.Select(w => Math.Round(total * (decimal)(w / sum), 2)).ToArray();
        cents[Array.IndexOf(weights, weights.Max())] += total - cents.Sum();
        return cents;
    }

    /// <summary>Deals <paramref name="count"/> conversions to the cells one at a time, each to a cell drawn in proportion to its weight.</summary>
    private static int[] Deal(int count, double[] weights, Random random)
    {
        var cumulative = new double[weights.Length];
        var running = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            cumulative[i] = running += weights[i];
        }

        var dealt = new int[weights.Length];
        for (var n = 0; n < count && running > 0; n++)
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * running);
            dealt[Math.Min(index < 0 ? ~index : index, weights.Length - 1)]++;
        }

        return dealt;
    }
}
