namespace GrainMarketing.UnitTests.Insights.Forecasts;

/// <summary>Daily series with a known weekly season, linear trend and Gaussian noise, from a fixed seed.</summary>
public static class GeneratedSeries
{
    /// <summary>Monday-to-Sunday multipliers of a typical ad account: weekdays busy, the weekend quiet.</summary>
    public static readonly double[] WeeklyShape = [1.10, 1.15, 1.10, 1.05, 0.95, 0.80, 0.85];

    public static double[] Weekly(int seed, int days, double level, double trendPerDay, double noiseShare)
    {
        var random = new Random(seed);
        var values = new double[days];
        for (var t = 0; t < days; t++)
        {
            var mean = (level + trendPerDay * t) * WeeklyShape[t % 7];
            values[t] = Math.Max(0, mean + Gaussian(random) * noiseShare * level);
        }

        return values;
    }

    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
