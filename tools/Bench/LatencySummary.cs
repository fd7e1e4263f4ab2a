namespace GrainMarketing.Bench;

/// <summary>Nearest-rank percentiles of latency samples in milliseconds, with the errors seen alongside.</summary>
internal sealed record LatencySummary(int Count, int Errors, double P50, double P99, double Max, TimeSpan Elapsed)
{
    public double PerSecond => Count / Elapsed.TotalSeconds;

    public static LatencySummary From(List<double> samples, int errors, TimeSpan elapsed)
    {
        samples.Sort();
        return new LatencySummary(samples.Count, errors, At(samples, 0.50), At(samples, 0.99), samples.Count == 0 ? double.NaN : samples[^1], elapsed);
    }

    public override string ToString() =>
        $"p50 {P50:N1} ms, p99 {P99:N1} ms, max {Max:N1} ms ({Count:N0} samples, {PerSecond:N0}/s, {Errors:N0} errors)";

    private static double At(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
