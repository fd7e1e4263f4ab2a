using GrainMarketing.Insights.Audience;
using MathNet.Numerics.Distributions;
using Xunit.Abstractions;

namespace GrainMarketing.UnitTests.Insights.Audience;

public sealed class RatioOfSumsTests(ITestOutputHelper output)
{
    [Fact]
    public void TheStandardErrorComesFromTheDailyResidualsAsWorkedByHand()
    {
        // ROAS 60/30 = 2; residuals 30-20, 10-20, 20-20 = 10, -10, 0; s² = 200/2; var = 3 × 100 / 30² = 1/3.
        var roas = RatioOfSums.Of([(30, 10), (10, 10), (20, 10), (0, 0)])!.Value;

        Assert.Equal((2.0, 3), (roas.Ratio, roas.Days));
        Assert.Equal(Math.Sqrt(1.0 / 3), roas.StandardError, 1e-12);
        // Student's t with 2 degrees of freedom has the closed-form quantile (2p − 1) / sqrt(2p(1 − p)).
        var t = (2 * 0.975 - 1) / Math.Sqrt(2 * 0.975 * 0.025);
        var (low, high) = roas.Interval()!.Value;
        Assert.Equal(0, low);
        Assert.Equal(2 + (t * Math.Sqrt(1.0 / 3)), high, 1e-9);
        Assert.Null(RatioOfSums.Of([(5, 0), (0, 0)]));
    }

    [Fact]
    public void TheIntervalCoversTheTrueRoasAboutNinetyFivePercentOfTheTime()
    {
        const int Seeds = 2_000;
        const double TrueRoas = 3;
        var random = new Random(20261207);
        var covered = 0;
        for (var seed = 0; seed < Seeds; seed++)
        {
            var days = Enumerable.Range(0, 28).Select(_ =>
            {
                var spend = 80 + (40 * random.NextDouble());
                var conversions = Poisson.Sample(random, spend / 20);
                // Order values Gamma(2, 2/60): mean 60, so value per unit of spend is 60 / 20 = 3 on average.
                var value = Enumerable.Range(0, conversions).Sum(_ => Gamma.Sample(random, 2, 2.0 / 60));
                return (value, spend);
            }).ToList();
            var (low, high) = RatioOfSums.Of(days)!.Value.Interval()!.Value;
            covered += low <= TrueRoas && TrueRoas <= high ? 1 : 0;
        }

        var rate = (double)covered / Seeds;
        output.WriteLine($"ROAS delta-method 95% interval, 28 days, {Seeds} seeds: covered the true ROAS {covered} times ({rate:P1})");
        Assert.InRange(rate, 0.925, 0.97);
    }
}
