namespace GrainMarketing.UnitTests.Insights.Anomalies;

/// <summary>The plain baseline NAB's detectors are compared with: a point is anomalous when it lies more than three standard deviations from the mean of the previous <see cref="Window"/> points.</summary>
public sealed class RollingThreeSigma(int window = 168)
{
    private readonly Queue<double> _recent = new();

    public int Window => window;

    public bool Observe(double value)
    {
        var flagged = false;
        if (_recent.Count == window)
        {
            var mean = _recent.Average();
            var sigma = Math.Sqrt(_recent.Sum(v => (v - mean) * (v - mean)) / (window - 1));
            flagged = Math.Abs(value - mean) > 3 * sigma;
            _recent.Dequeue();
        }

        _recent.Enqueue(value);
        return flagged;
    }
}
