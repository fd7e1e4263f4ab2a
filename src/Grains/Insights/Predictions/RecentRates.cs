namespace GrainMarketing.Insights.Predictions;

/// <summary>A campaign's rates over the seven days before a day: its recent history as the models see it.</summary>
public sealed record RecentRates(
    double ImpressionsPerSpend,
    double ClickThroughRate,
    double ConversionsPerClick,
    double ConversionsPerSpend,
    double ValuePerSpend)
{
    /// <summary>Days before a day whose numbers make up its recent rates.</summary>
    public const int TrailingDays = 7;

    /// <summary>Rates from summed numbers; null when nothing was spent or shown (no rate is known).</summary>
    public static RecentRates? From(double impressions, double clicks, double spend, double conversions, double value) =>
        spend <= 0 || impressions <= 0
            ? null
            : new RecentRates(
                impressions / spend,
                clicks / impressions,
                clicks > 0 ? conversions / clicks : 0,
                conversions / spend,
                value / spend);

    /// <summary>For each day, its campaign's rates over the <see cref="TrailingDays"/> days before it (null without such days), in the order given.</summary>
    public static IReadOnlyList<RecentRates?> Trailing(IReadOnlyList<CampaignDay> days)
    {
        var rates = new RecentRates?[days.Count];
        foreach (var campaign in Enumerable.Range(0, days.Count).GroupBy(index => days[index].Campaign, StringComparer.Ordinal))
        {
            var ordered = campaign.OrderBy(index => days[index].Date).ToList();
            var start = 0;
            var sums = new double[5];
            for (var end = 0; end < ordered.Count; end++)
            {
                var day = days[ordered[end]];
                while (days[ordered[start]].Date.DayNumber < day.Date.DayNumber - TrailingDays)
                {
                    Add(sums, days[ordered[start]], -1);
                    start++;
                }

                rates[ordered[end]] = From(sums[0], sums[1], sums[2], sums[3], sums[4]);
                Add(sums, day, 1);
            }
        }

        return rates;
    }

    private static void Add(double[] sums, CampaignDay day, int sign)
    {
        sums[0] += sign * day.Impressions;
        sums[1] += sign * day.Clicks;
        sums[2] += sign * day.Spend;
        sums[3] += sign * day.Conversions;
        sums[4] += sign * day.ConversionValue;
    }
}
