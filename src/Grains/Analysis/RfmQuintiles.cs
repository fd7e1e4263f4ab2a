namespace GrainMarketing.Analysis;

/// <summary>How a run cuts customers into quintiles, as PostgreSQL's <c>percentile_disc</c> does it: the value at sorted position ceil(fraction × n) (at least the first).</summary>
/// <remarks>
/// A customer's score is 1 plus the number of cuts below their value (5 minus that for recency, where fewer
/// days is better), so equal values always share a score. The high-spender threshold is the spend of the
/// customer ranked ceil(top share × n) from the top among the n who spent, so the top 20% of five customers
/// is one customer.
/// </remarks>
public static class RfmQuintiles
{
    public static readonly double[] Fractions = [0.2, 0.4, 0.6, 0.8];

    /// <summary>The discrete percentile of <paramref name="sorted"/> (ascending, not empty).</summary>
    public static T Percentile<T>(IReadOnlyList<T> sorted, double fraction) =>
        sorted[(int)Math.Max(1, Math.Ceiling(fraction * sorted.Count)) - 1];

    /// <summary>The four quintile cuts of <paramref name="values"/>, lowest first; null when there are none.</summary>
    public static T[]? Cuts<T>(IEnumerable<T> values)
    {
        T[] sorted = [.. values];
        Array.Sort(sorted);
        return sorted.Length == 0 ? null : [.. Fractions.Select(fraction => Percentile(sorted, fraction))];
    }

    /// <summary>Frequency and monetary: higher is better.</summary>
    public static int Score<T>(T value, IReadOnlyList<T> cuts) where T : IComparable<T>
    {
        var score = 1;
        for (var i = 0; i < cuts.Count; i++)
        {
            score += value.CompareTo(cuts[i]) > 0 ? 1 : 0;
        }

        return score;
    }

    /// <summary>Recency in days: fewer is better.</summary>
    public static int RecencyScore(int days, IReadOnlyList<int> cuts) => 6 - Score(days, cuts);

    /// <summary>Whole days from the last purchase to <paramref name="at"/>, never below zero.</summary>
    public static int RecencyDays(DateTimeOffset at, DateTimeOffset lastSeen) =>
        (int)Math.Max(0, (at - lastSeen).Ticks / TimeSpan.TicksPerDay);

    /// <summary>The 90-day spend at the top <paramref name="topShare"/> of the customers who spent; null when nobody did.</summary>
    public static decimal? HighSpenderThreshold(IEnumerable<decimal> spends, double topShare)
    {
        decimal[] sorted = [.. spends.Where(spend => spend > 0)];
        Array.Sort(sorted);
        return sorted.Length == 0 ? null : sorted[sorted.Length - (int)Math.Max(1, Math.Ceiling(topShare * sorted.Length))];
    }

    /// <summary>Whether a 90-day spend makes a high spender under <paramref name="threshold"/>.</summary>
    public static bool IsHighSpender(decimal spend, decimal? threshold) => threshold is { } at && spend > 0 && spend >= at;
}
