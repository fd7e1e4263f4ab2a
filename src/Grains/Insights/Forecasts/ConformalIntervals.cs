namespace GrainMarketing.Insights.Forecasts;

/// <summary>Split-conformal half-widths per horizon bucket from a rolling backtest's absolute errors, and the coverage they had as they were learnt.</summary>
/// <remarks>
/// The half-width at level 1 - a is the ceil((n + 1)(1 - a))-th smallest of the bucket's n absolute errors (the
/// finite-sample conformal quantile), so a bucket needs at least 1/a - 1 errors (19 for 95%). Only the errors of the
/// days in the latest <see cref="DefaultWindowDays"/> count (at least 19 kept, older ones if need be): widths learnt
/// on a calm past under-cover a volatile season (Online Retail's pre-Christmas weeks). Steps past the last
/// bucket with enough errors widen its half-width by the square root of the step ratio, and the answer says from
/// which step on its intervals are extrapolated instead of calibrated.
/// </remarks>
public sealed class ConformalIntervals
{
    /// <summary>The last step of each horizon bucket.</summary>
    public static readonly int[] BucketEnds = [1, 2, 3, 5, 7, 14, 21, 28, 42, 56, 70, 90];

    /// <summary>Errors of the latest 13 weeks (whole weeks, so every weekday counts alike) set the widths: recent enough to follow a season's volatility, long enough for the 95% rank.</summary>
    public const int DefaultWindowDays = 13 * HoltWinters.Period;

    private readonly IReadOnlyList<double>[] _buckets;
    private readonly List<BacktestError> _errors;
    private readonly int _windowDays;

    public ConformalIntervals(IEnumerable<BacktestError> errors, int windowDays = DefaultWindowDays)
    {
        _windowDays = windowDays;
        _errors = [.. errors.OrderBy(e => e.Origin)];
        var recent = BucketEnds.Select(_ => new RecentErrors(windowDays)).ToArray();
        foreach (var error in _errors.OrderBy(e => e.Target))
        {
            recent[Bucket(error.Step)].Add(error.Target, Math.Abs(error.Error));
        }

        var latest = _errors.Count == 0 ? 0 : _errors.Max(e => e.Target);
        foreach (var bucket in recent)
        {
            bucket.ForgetBefore(latest);
        }

        _buckets = [.. recent.Select(bucket => bucket.Sorted)];
    }

    /// <summary>The last step whose 95% half-width comes from its own bucket's errors; 0 when none has enough.</summary>
    public int CalibratedThrough => Enumerable.Range(0, BucketEnds.Length).TakeWhile(b => Quantile(_buckets[b], 0.95) is not null).Select(b => BucketEnds[b]).LastOrDefault();

    /// <summary>How far either side of the point forecast the interval at <paramref name="level"/> reaches on step <paramref name="step"/>; null when no bucket up to it can say.</summary>
    public double? HalfWidth(int step, double level)
    {
        var bucket = Bucket(step);
        for (var b = bucket; b >= 0; b--)
        {
            if (Quantile(_buckets[b], level) is { } width)
            {
                return b == bucket ? width : width * Math.Sqrt((double)step / BucketEnds[b]);
            }
        }

        return null;
    }

    /// <summary>The share of backtest days inside the interval that the errors known by their origin gave them, and how many days could be judged.</summary>
    /// <remarks>Online: a pair is judged only against errors whose day had passed at its origin, so this is the coverage the intervals would have had live.</remarks>
    public (double? Coverage, int Days) ObservedCoverage(double level)
    {
        var known = BucketEnds.Select(_ => new RecentErrors(_windowDays)).ToArray();
        var pending = new PriorityQueue<BacktestError, int>();
        int covered = 0, judged = 0;
        foreach (var error in _errors)
        {
            while (pending.TryPeek(out var done, out var target) && target < error.Origin)
            {
                pending.Dequeue();
                known[Bucket(done.Step)].Add(done.Target, Math.Abs(done.Error));
            }

            known[Bucket(error.Step)].ForgetBefore(error.Origin - 1);

            if (Quantile(known[Bucket(error.Step)].Sorted, level) is { } width)
            {
                judged++;
                covered += Math.Abs(error.Error) <= width ? 1 : 0;
            }

            pending.Enqueue(error, error.Target);
        }

        return (judged == 0 ? null : (double)covered / judged, judged);
    }

    /// <summary>The finite-sample conformal quantile of sorted absolute errors at <paramref name="level"/>; null when there are too few.</summary>
    public static double? Quantile(IReadOnlyList<double> sorted, double level)
    {
        var rank = (int)Math.Ceiling((sorted.Count + 1) * level - 1e-9);
        return rank > sorted.Count || sorted.Count == 0 ? null : sorted[rank - 1];
    }

    private static int Bucket(int step)
    {
        var index = Array.FindIndex(BucketEnds, end => step <= end);
        return index < 0 ? BucketEnds.Length - 1 : index;
    }
}
