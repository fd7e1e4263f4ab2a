using GrainMarketing.Currencies;
using GrainMarketing.Errors;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Forecasts;

/// <summary>Fits every metric of a series' daily totals and turns the fits into dated forecasts with intervals.</summary>
/// <remarks>
/// The history runs from the first day with data to the last closed day; a day in between without data is a day
/// nothing was spent or counted (zero), as the ad platforms report it. A day some money of which had no rate
/// (<see cref="ConvertedDays.Unconverted"/>) is missing instead: its converted part is not the day's whole. Sums cannot go below zero, so their lower
/// bounds stop at zero (which only makes the intervals more honest). CPA and ROAS are ratios of the forecast
/// sums, their intervals from the ratio's own backtest errors (<see cref="DailyForecaster.Ratio"/>).
/// </remarks>
public static class SeriesForecasts
{
    private static readonly (ForecastMetric Metric, Func<MetricTotals, double> Value)[] Sums =
    [
        (ForecastMetric.Spend, t => (double)t.Spend),
        (ForecastMetric.Impressions, t => t.Impressions),
        (ForecastMetric.Clicks, t => t.Clicks),
        (ForecastMetric.Conversions, t => (double)t.Conversions),
        (ForecastMetric.ConversionValue, t => (double)t.ConversionValue),
    ];

    public static ForecastSet Fit(
        ForecastSeries series, string currency, DateOnly through, ConvertedDays days, IReadOnlySet<DateOnly> changeDays, DateTimeOffset now)
    {
        var incomplete = days.IncompleteDays;
        var recorded = days.CompleteDays.Where(d => d.Date <= through && !d.Totals.IsZero).ToList();
        var first = recorded.Select(d => d.Date).Concat(incomplete).DefaultIfEmpty(through.AddDays(1)).Min();
        var count = through.DayNumber - first.DayNumber + 1;
        var byDate = recorded.ToDictionary(d => d.Date, d => d.Totals);
        var dates = Enumerable.Range(0, count).Select(first.AddDays).ToArray();
        var changes = dates.Select(changeDays.Contains).ToArray();
        var used = new ForecastHistoryUsed(first, through, count, recorded.Count, [.. dates.Where(changeDays.Contains)], days.Unconverted);
        try
        {
            var histories = Sums.ToDictionary(s => s.Metric, s => new ForecastHistory(
                [.. dates.Select(d => incomplete.Contains(d) ? double.NaN : s.Value(byDate.GetValueOrDefault(d)))], changes));
            var fits = histories.ToDictionary(h => h.Key, h => DailyForecaster.Fit(h.Value, ForecastSet.Horizon));
            fits[ForecastMetric.Cpa] = DailyForecaster.Ratio(histories[ForecastMetric.Spend], fits[ForecastMetric.Spend], histories[ForecastMetric.Conversions], fits[ForecastMetric.Conversions]);
            fits[ForecastMetric.Roas] = DailyForecaster.Ratio(histories[ForecastMetric.ConversionValue], fits[ForecastMetric.ConversionValue], histories[ForecastMetric.Spend], fits[ForecastMetric.Spend]);
            return new ForecastSet(series, currency, through, now, used, [.. fits.Select(f => Dated(f.Key, f.Value, through))], null);
        }
        catch (InsufficientHistoryException e)
        {
            return new ForecastSet(series, currency, through, now, used, [], e.Missing);
        }
    }

    private static MetricForecast Dated(ForecastMetric metric, SeriesFit fit, DateOnly through)
    {
        var score = fit.Score;
        var backtest = new ForecastBacktest(SeasonalNaive.Instance.Name, Finite(score.Mase), Finite(score.BaselineMase), score.Coverage80, score.Coverage95,
            score.Pairs, score.CoverageDays, score.CalibratedThrough);
        var days = fit.Values.Select((value, h) => Finite(value) is { } point
            ? new ForecastDay(through.AddDays(h + 1), Math.Max(0, point),
                Lower(point, fit.HalfWidth80[h]), point + fit.HalfWidth80[h],
                Lower(point, fit.HalfWidth95[h]), point + fit.HalfWidth95[h])
            : new ForecastDay(through.AddDays(h + 1), null, null, null, null, null));
        return new MetricForecast(metric, fit.Method, backtest, [.. days]);
    }

    private static double? Lower(double point, double? halfWidth) => halfWidth is { } w ? Math.Max(0, point - w) : null;

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    /// <summary>The refusal for a series with too little history, naming what is missing.</summary>
    public static InsufficientHistoryException Refusal(ForecastSet set) =>
        new($"The {set.Series.Level.ToString().ToLowerInvariant()} '{set.Series.Id}' has too little daily history to forecast.", set.Missing!);
}
