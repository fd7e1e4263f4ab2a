namespace GrainMarketing.Insights.Predictions;

/// <summary>Mean absolute error and R² of predictions against what happened.</summary>
public static class RegressionScore
{
    public static double Mae(IReadOnlyList<double> actual, IReadOnlyList<double> predicted) =>
        actual.Count == 0 ? 0 : actual.Select((value, i) => Math.Abs(value - predicted[i])).Average();

    /// <summary>1 minus the squared error over the variance around the actual mean; null when the actual values do not vary.</summary>
    public static double? R2(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        if (actual.Count == 0)
        {
            return null;
        }

        var mean = actual.Average();
        var total = actual.Sum(value => (value - mean) * (value - mean));
        var error = actual.Select((value, i) => (value - predicted[i]) * (value - predicted[i])).Sum();
        return total <= 0 ? null : 1 - (error / total);
    }
}
