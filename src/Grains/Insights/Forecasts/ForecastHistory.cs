namespace GrainMarketing.Insights.Forecasts;

/// <summary>A daily series to forecast: one value per consecutive day (NaN where the day has no observation) and the days the rules changed spend.</summary>
/// <remarks>
/// A change day (a pause, a resume, a budget change) is a known regressor: the models move their level to it
/// at once instead of learning it as noise, and backtest errors across one are left out of the intervals.
/// </remarks>
public sealed class ForecastHistory
{
    public ForecastHistory(IReadOnlyList<double> values, IReadOnlyList<bool>? changes = null)
    {
        if (changes is not null && changes.Count != values.Count)
        {
            throw new ArgumentException("One change flag per value is needed.", nameof(changes));
        }

        Values = [.. values];
        Changes = changes is null ? new bool[values.Count] : [.. changes];
    }

    public double[] Values { get; }

    public bool[] Changes { get; }

    public int Count => Values.Length;

    /// <summary>Days with an observation.</summary>
    public int Observed => Values.Count(v => !double.IsNaN(v));

    /// <summary>True when a rule changed spend on a day after <paramref name="origin"/> - 1 and up to <paramref name="target"/>.</summary>
    public bool ChangedBetween(int origin, int target)
    {
        for (var t = origin; t <= target && t < Count; t++)
        {
            if (Changes[t])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mean absolute one-week difference over days observed a week apart: the scale of MASE (seasonal naive's in-sample error).</summary>
    public double SeasonalNaiveScale(int upTo)
    {
        double sum = 0;
        var count = 0;
        for (var t = HoltWinters.Period; t < upTo; t++)
        {
            if (!double.IsNaN(Values[t]) && !double.IsNaN(Values[t - HoltWinters.Period]))
            {
                sum += Math.Abs(Values[t] - Values[t - HoltWinters.Period]);
                count++;
            }
        }

        return count == 0 ? 0 : sum / count;
    }
}
