using MathNet.Numerics;

namespace GrainMarketing.Insights.Competitors;

/// <summary>Trends and jumps across a tenant's Meta Ad Library periods (oldest first): least-squares slopes of active ads, and ads or spend that at least doubled.</summary>
public static class MetaAdAnalysis
{
    /// <summary>A jump is at least this many times the figure of the period before.</summary>
    public const decimal JumpRatio = 2m;

    /// <summary>Active ads must also rise by this many: 1 to 2 ads doubles without meaning anything.</summary>
    public const int MinAdsRise = 5;

    /// <summary>Spend must also rise by this much (in the file's currency): the report's "≤100" to 200 is noise.</summary>
    public const decimal MinSpendRise = 100m;

    /// <summary>Each advertiser's figures across <paramref name="periods"/>, fastest ramp-up first.</summary>
    public static IReadOnlyList<MetaAdvertiserTrend> Trends(IReadOnlyList<StoredMetaPeriod> periods)
    {
        var advertisers = periods.SelectMany(p => p.Rows).GroupBy(r => r.Key).Select(g => g.Last());
        return [.. advertisers
            .Select(a => Trend(a, periods))
            .OrderByDescending(t => t.AdsSlope ?? decimal.MinValue)
            .ThenBy(t => t.PageName, StringComparer.Ordinal)];
    }

    /// <summary>Every rise past the thresholds between period <paramref name="later"/> and the one before it, when both cover as many days.</summary>
    /// <remarks>
    /// Only periods of the same length are compared: the report counts the ads delivered in its period, so a 30-day
    /// report holds more ads than a 7-day one without anything changing. Only rises count: a competitor ramping up is
    /// the news; one slowing down is in the trend. An advertiser absent from the earlier period is not compared
    /// (an <c>ads_archive</c> file may simply not have searched its Page).
    /// </remarks>
    public static IEnumerable<MetaAdJump> JumpsInto(IReadOnlyList<StoredMetaPeriod> periods, int later)
    {
        if (later <= 0 || later >= periods.Count || Days(periods[later - 1]) != Days(periods[later]))
        {
            yield break;
        }

        var (before, after) = (periods[later - 1], periods[later]);
        var earlier = before.Rows.ToDictionary(r => r.Key);
        foreach (var row in after.Rows)
        {
            if (!earlier.TryGetValue(row.Key, out var was))
            {
                continue;
            }

            if (row.Ads >= JumpRatio * was.Ads && row.Ads - was.Ads >= MinAdsRise)
            {
                yield return new MetaAdJump(row.Key, row.PageName, "ads", before.Imported.Period, after.Imported.Period,
                    MetaRange.Exactly(was.Ads), MetaRange.Exactly(row.Ads), was.Ads == 0 ? row.Ads : Round((decimal)row.Ads / was.Ads));
            }

            if (SpendRatio(was.Spend, row.Spend) is { } ratio)
            {
                yield return new MetaAdJump(row.Key, row.PageName, "spend", before.Imported.Period, after.Imported.Period, was.Spend!, row.Spend!, ratio);
            }
        }
    }

    /// <summary>Every jump between consecutive periods, oldest first.</summary>
    public static IReadOnlyList<MetaAdJump> AllJumps(IReadOnlyList<StoredMetaPeriod> periods) =>
        [.. Enumerable.Range(1, Math.Max(0, periods.Count - 1)).SelectMany(i => JumpsInto(periods, i))];

    /// <summary>The least the spend grew by (new low over old high) when that is a jump; null otherwise or when either range is missing or open.</summary>
    /// <remarks>Ranges compare conservatively, as <see cref="CompetitorAnalysis.Move"/> does: only growth that holds anywhere in both ranges counts.</remarks>
    public static decimal? SpendRatio(MetaRange? before, MetaRange? after)
    {
        if (before?.High is not { } high || after is null || after.Low - high < MinSpendRise)
        {
            return null;
        }

        return high == 0 ? after.Low : after.Low >= JumpRatio * high ? Round(after.Low / high) : (decimal?)null;
    }

    private static MetaAdvertiserTrend Trend(MetaAdvertiserRow latest, IReadOnlyList<StoredMetaPeriod> periods)
    {
        var seen = new List<MetaAdvertiserPeriod>();
        var (xs, ys) = (new List<double>(), new List<double>());
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].Rows.FirstOrDefault(r => r.Key == latest.Key) is not { } row)
            {
                continue;
            }

            seen.Add(new MetaAdvertiserPeriod(periods[i].Imported.Period, row.Ads, row.NewAds, row.Platforms, row.Spend, row.Impressions, row.EuReach));
            xs.Add(i);
            ys.Add(row.Ads);
        }

        if (xs.Count < 2)
        {
            return new MetaAdvertiserTrend(latest.Key, latest.PageId, latest.PageName, seen, null, null, "unknown", false);
        }

        var (intercept, slope) = Fit.Line([.. xs], [.. ys]);
        double? error = xs.Count < 3 ? null : CompetitorAnalysis.StandardError(xs, ys, intercept, slope);
        var steady = Math.Max(1d, (double)MetaAdTrends.SteadyShare * ys.Average());
        var direction = slope >= steady ? "rampingUp" : slope <= -steady ? "slowingDown" : "steady";
        var sure = error is { } e && Math.Abs(slope) > 2 * e;
        return new MetaAdvertiserTrend(latest.Key, latest.PageId, latest.PageName, seen, Round((decimal)slope), error is { } se ? Round((decimal)se) : null, direction, sure);
    }

    private static int Days(StoredMetaPeriod period) => period.Imported.Period.To.DayNumber - period.Imported.Period.From.DayNumber + 1;

    private static decimal Round(decimal value) => decimal.Round(value, 4);
}
