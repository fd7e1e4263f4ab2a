namespace GrainMarketing.Insights.Forecasts;

/// <summary>The absolute errors of one horizon bucket whose day lies within a window of the latest days, kept sorted for the conformal quantile.</summary>
/// <param name="windowDays">How many of the latest days' errors count; an error of an older day is forgotten unless fewer than <see cref="Kept"/> would remain.</param>
public sealed class RecentErrors(int windowDays)
{
    /// <summary>The fewest errors a 95% conformal quantile needs: a sparse series keeps older errors rather than lose its interval.</summary>
    public const int Kept = 19;

    private readonly Queue<(int Target, double Error)> _arrived = new();
    private readonly List<double> _sorted = [];

    public IReadOnlyList<double> Sorted => _sorted;

    /// <summary>Adds the error of day <paramref name="target"/>; errors must arrive in the order of their days.</summary>
    public void Add(int target, double error)
    {
        _arrived.Enqueue((target, error));
        var index = _sorted.BinarySearch(error);
        _sorted.Insert(index < 0 ? ~index : index, error);
    }

    /// <summary>Forgets the errors of the days before the window that ends on day <paramref name="latest"/>, keeping at least <see cref="Kept"/>.</summary>
    public void ForgetBefore(int latest)
    {
        while (_arrived.Count > Kept && _arrived.TryPeek(out var oldest) && oldest.Target <= latest - windowDays)
        {
            _sorted.RemoveAt(_sorted.BinarySearch(_arrived.Dequeue().Error));
        }
    }
}
