using MathNet.Numerics;

namespace GrainMarketing.Insights.Competitors;

/// <summary>Trends and jumps across a scope's imported periods (oldest first): least-squares slopes of impression share, and moves of overlap or outranking beyond a threshold.</summary>
public static class CompetitorAnalysis
{
    /// <summary>The metrics whose moves between consecutive periods raise <c>competitor.jumped</c>.</summary>
    public static readonly IReadOnlyList<string> JumpMetrics = ["overlapRate", "outrankingShare"];

    /// <summary>Each advertiser's figures across <paramref name="periods"/>, biggest impression-share gain first, the tenant's own row last.</summary>
    public static IReadOnlyList<CompetitorTrend> Trends(IReadOnlyList<StoredAuctionPeriod> periods)
    {
        var domains = periods.SelectMany(p => p.Rows).Select(r => (r.Domain, r.IsYou)).Distinct();
        return [.. domains
            .Select(d => Trend(d.Domain, d.IsYou, periods))
            .OrderBy(t => t.IsYou)
            .ThenByDescending(t => t.ImpressionShareSlope ?? decimal.MinValue)
            .ThenBy(t => t.Domain, StringComparer.Ordinal)];
    }

    /// <summary>Every move beyond <paramref name="threshold"/> points between period <paramref name="later"/> and the one before it.</summary>
    public static IEnumerable<CompetitorJump> JumpsInto(IReadOnlyList<StoredAuctionPeriod> periods, int later, decimal threshold)
    {
        if (later <= 0 || later >= periods.Count)
        {
            yield break;
        }

        var (before, after) = (periods[later - 1], periods[later]);
        foreach (var row in after.Rows.Where(r => !r.IsYou))
        {
            if (before.Rows.FirstOrDefault(r => r.Domain == row.Domain) is not { } earlier)
            {
                continue;
            }

            foreach (var metric in JumpMetrics)
            {
                var (was, now) = (Share(earlier, metric), Share(row, metric));
                if (Move(was, now) is { } points && Math.Abs(points) > threshold)
                {
                    yield return new CompetitorJump(row.Domain, metric, before.Imported.Period, after.Imported.Period, was, now, points);
                }
            }
        }
    }

    /// <summary>Every jump between consecutive periods, oldest first.</summary>
    public static IReadOnlyList<CompetitorJump> AllJumps(IReadOnlyList<StoredAuctionPeriod> periods, decimal threshold) =>
        [.. Enumerable.Range(1, Math.Max(0, periods.Count - 1)).SelectMany(i => JumpsInto(periods, i, threshold))];

    /// <summary>The least the value moved, signed; null when either side has no data.</summary>
    /// <remarks>"&lt; 10%" is anywhere from 0 to 10, so only the part of the move that holds at every such value counts (zero when the ranges meet).</remarks>
    public static decimal? Move(AuctionShare before, AuctionShare after)
    {
        if (before.Bounds() is not { } was || after.Bounds() is not { } now)
        {
            return null;
        }

        var rise = now.Low - was.High;
        var fall = was.Low - now.High;
        return rise > 0 ? rise : fall > 0 ? -fall : 0m;
    }

    private static CompetitorTrend Trend(string domain, bool isYou, IReadOnlyList<StoredAuctionPeriod> periods)
    {
        var seen = new List<CompetitorPeriod>();
        var (xs, ys) = (new List<double>(), new List<double>());
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].Rows.FirstOrDefault(r => r.Domain == domain && r.IsYou == isYou) is not { } row)
            {
                continue;
            }

            seen.Add(new CompetitorPeriod(periods[i].Imported.Period, row.ImpressionShare, row.OverlapRate, row.OutrankingShare,
                row.PositionAboveRate, row.TopOfPageRate, row.AbsoluteTopOfPageRate));
            if (row.ImpressionShare.Percent is { } share)
            {
                xs.Add(i);
                ys.Add((double)share);
            }
        }

        if (xs.Count < 2)
        {
            return new CompetitorTrend(domain, isYou, seen, null, null, "unknown", false);
        }

        var (intercept, slope) = Fit.Line([.. xs], [.. ys]);
        double? error = xs.Count < 3 ? null : StandardError(xs, ys, intercept, slope);
        var direction = slope >= (double)CompetitorTrends.SteadyPointsPerPeriod ? "gaining"
            : slope <= -(double)CompetitorTrends.SteadyPointsPerPeriod ? "losing"
            : "steady";
        var sure = error is { } e && Math.Abs(slope) > 2 * e;
        return new CompetitorTrend(domain, isYou, seen, Round(slope), error is { } se ? Round(se) : null, direction, sure);
    }

    /// <summary>The slope's standard error: the residuals' variance over n - 2 degrees of freedom, over the spread of the periods.</summary>
    internal static double StandardError(List<double> xs, List<double> ys, double intercept, double slope)
    {
        var mean = xs.Average();
        var residuals = xs.Zip(ys, (x, y) => Math.Pow(y - (intercept + slope * x), 2)).Sum();
        var spread = xs.Sum(x => Math.Pow(x - mean, 2));
        return Math.Sqrt(residuals / (xs.Count - 2) / spread);
    }

    private static AuctionShare Share(AuctionInsightsRow row, string metric) =>
        metric == "overlapRate" ? row.OverlapRate : row.OutrankingShare;

    private static decimal Round(double value) => decimal.Round((decimal)value, 4);
}
