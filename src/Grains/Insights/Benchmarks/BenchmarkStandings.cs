namespace GrainMarketing.Insights.Benchmarks;

/// <summary>Where a value stands against one source's figures: above or below its median (else its average), and its percentile band when the source gives several percentiles.</summary>
public static class BenchmarkStandings
{
    /// <summary>The standing of <paramref name="value"/> against <paramref name="figures"/>, all of one source; null when there is none.</summary>
    /// <param name="interval">The value's 95% interval; the standing is sure only when the whole interval is on one side.</param>
    public static BenchmarkStanding? Stand(decimal value, KpiInterval? interval, bool lowerIsBetter, IReadOnlyList<BenchmarkFigure> figures)
    {
        if (figures.Count == 0)
        {
            return null;
        }

        var percentiles = figures.Where(f => f.Percentile is not null).OrderBy(f => f.Percentile).ToList();
        var reference = percentiles.FirstOrDefault(f => f.Percentile == 50) ?? figures.FirstOrDefault(f => f.Percentile is null) ?? percentiles[0];
        var position = value > reference.Value ? "above" : value < reference.Value ? "below" : "equal";
        var better = position == (lowerIsBetter ? "below" : "above");
        var sure = interval is not null && (interval.Low > reference.Value || interval.High < reference.Value);
        var (band, percentile) = percentiles.Count >= 2 ? Band(value, percentiles) : (null, null);
        var against = reference.Percentile switch
        {
            50 => "median",
            null => "average",
            var p => $"p{p}",
        };
        return new BenchmarkStanding(position, against, reference.Value, better, sure, band, percentile,
            [.. percentiles, .. figures.Where(f => f.Percentile is null)]);
    }

    /// <summary>The band between the two published percentiles around <paramref name="value"/> and the percentile interpolated linearly between them.</summary>
    /// <remarks>
    /// Percentiles are of the KPI's distribution across advertisers (p25 is the value a quarter of them are below), so a
    /// higher KPI is a higher percentile whether or not higher is better. Outside the published range only the side is
    /// known: no percentile is made up beyond the source's lowest or highest.
    /// </remarks>
    /// <param name="percentiles">At least two figures with percentiles, lowest first.</param>
    public static (string Band, double? Percentile) Band(decimal value, IReadOnlyList<BenchmarkFigure> percentiles)
    {
        var lowest = percentiles[0];
        var highest = percentiles[^1];
        if (value < lowest.Value)
        {
            return ($"below p{lowest.Percentile}", null);
        }

        if (value > highest.Value)
        {
            return ($"above p{highest.Percentile}", null);
        }

        for (var i = 1; i < percentiles.Count; i++)
        {
            var (low, high) = (percentiles[i - 1], percentiles[i]);
            if (value <= high.Value)
            {
                var span = (double)(high.Value - low.Value);
                var share = span == 0 ? 0 : (double)(value - low.Value) / span;
                return ($"p{low.Percentile}-p{high.Percentile}", low.Percentile!.Value + share * (high.Percentile!.Value - low.Percentile.Value));
            }
        }

        return ($"above p{highest.Percentile}", null);
    }
}
