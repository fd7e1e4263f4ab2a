namespace GrainMarketing.Insights.Forecasts;

/// <summary>The features the tree candidate sees for one (origin, target day) pair, computed from the days before the origin only.</summary>
/// <remarks>
/// Every value is relative to the anchor, the mean of the observed days of the week before the origin, and the
/// label is the target minus that anchor: trees cannot extrapolate a level they never saw, but they can learn
/// how far the weekly shape, the recent changes and the horizon move a day from the current level.
/// </remarks>
public static class LagFeatures
{
    public const int Width = 8;

    /// <summary>The anchor of <paramref name="origin"/>: the mean of the observed days in the week before it, else in the four weeks before it (NaN when none).</summary>
    public static double Anchor(ForecastHistory history, int origin)
    {
        var week = Mean(history, origin, HoltWinters.Period);
        return double.IsNaN(week) ? Mean(history, origin, 4 * HoltWinters.Period) : week;
    }

    /// <summary>The features of forecasting day <paramref name="target"/> from <paramref name="origin"/> around <paramref name="anchor"/>.</summary>
    public static float[] Of(ForecastHistory history, int origin, int target, double anchor)
    {
        var sameWeekday = SameWeekdayBefore(history, origin, target);
        var lastObserved = LastObservedBefore(history, origin);
        return
        [
            Relative(sameWeekday.Latest, anchor),
            Relative(sameWeekday.Previous, anchor),
            Relative(lastObserved, anchor),
            Relative(Mean(history, origin, 4 * HoltWinters.Period), anchor),
            target % HoltWinters.Period,
            target - origin + 1,
            origin,
            ChangedInWeekBefore(history, origin) ? 1 : 0,
        ];
    }

    private static float Relative(double value, double anchor) => double.IsNaN(value) ? 0 : (float)(value - anchor);

    /// <summary>The last two observed days before the origin on the target's weekday (the same weekday one and two observed weeks back).</summary>
    private static (double Latest, double Previous) SameWeekdayBefore(ForecastHistory history, int origin, int target)
    {
        var found = new List<double>(2);
        var start = target - HoltWinters.Period * ((target - origin) / HoltWinters.Period + 1);
        for (var t = start; t >= 0 && found.Count < 2; t -= HoltWinters.Period)
        {
            if (!double.IsNaN(history.Values[t]))
            {
                found.Add(history.Values[t]);
            }
        }

        return (found.Count > 0 ? found[0] : double.NaN, found.Count > 1 ? found[1] : double.NaN);
    }

    private static double LastObservedBefore(ForecastHistory history, int origin)
    {
        for (var t = origin - 1; t >= 0; t--)
        {
            if (!double.IsNaN(history.Values[t]))
            {
                return history.Values[t];
            }
        }

        return double.NaN;
    }

    private static double Mean(ForecastHistory history, int origin, int days)
    {
        var observed = history.Values[Math.Max(0, origin - days)..origin].Where(v => !double.IsNaN(v)).ToList();
        return observed.Count == 0 ? double.NaN : observed.Average();
    }

    private static bool ChangedInWeekBefore(ForecastHistory history, int origin) =>
        history.ChangedBetween(Math.Max(0, origin - HoltWinters.Period), origin - 1);
}
