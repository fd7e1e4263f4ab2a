namespace GrainMarketing.Insights.Forecasts;

/// <summary>The running level, trend and weekly season of a Holt-Winters filter.</summary>
public sealed class SmoothingState
{
    public double Level { get; set; }

    public double Trend { get; set; }

    /// <summary>The season of each day index modulo seven.</summary>
    public double[] Season { get; } = new double[HoltWinters.Period];

    /// <summary>The state before day 0, from up to the first four weeks before <paramref name="upTo"/>: level the first week's mean, trend the weekly means' slope, season the mean deviation per weekday.</summary>
    public static SmoothingState Start(ForecastHistory history, int upTo, SmoothingVariant variant)
    {
        var weeks = Math.Max(1, Math.Min(4, upTo / HoltWinters.Period));
        var means = new double[weeks];
        for (var w = 0; w < weeks; w++)
        {
            var days = history.Values.Skip(w * HoltWinters.Period).Take(HoltWinters.Period).Where(v => !double.IsNaN(v)).ToList();
            means[w] = days.Count == 0 ? double.NaN : days.Average();
        }

        var known = means.Select((mean, week) => (mean, week)).Where(m => !double.IsNaN(m.mean)).ToList();
        var state = new SmoothingState { Level = known.Count == 0 ? 0 : known[0].mean };
        if (variant != SmoothingVariant.Level && known.Count > 1)
        {
            state.Trend = (known[^1].mean - known[0].mean) / ((known[^1].week - known[0].week) * HoltWinters.Period);
        }

        for (var d = 0; d < HoltWinters.Period; d++)
        {
            var deviations = Enumerable.Range(0, weeks)
                .Select(w => (w, t: w * HoltWinters.Period + d))
                .Where(x => !double.IsNaN(means[x.w]) && !double.IsNaN(history.Values[x.t]))
                .Select(x => history.Values[x.t] - means[x.w])
                .ToList();
            state.Season[d] = deviations.Count == 0 ? 0 : deviations.Average();
        }

        return state;
    }
}
