using GrainMarketing.Insights.Audience;
using MathNet.Numerics.Distributions;

namespace GrainMarketing.UnitTests.Insights.Audience;

public sealed class CostPerConversionIntervalTests
{
    [Fact]
    public void TenConversionsGiveThePublishedExactPoissonLimits()
    {
        // Garwood's exact 95% limits of a Poisson mean for a count of 10, as printed in the usual tables: 4.7954 and 18.3904.
        var (low, high) = CostPerConversionInterval.Of(spend: 1000, conversions: 10);

        Assert.Equal(1000 / 18.3904, low, 0.01);
        Assert.Equal(1000 / 4.7954, high!.Value, 0.01);
    }

    [Fact]
    public void ZeroAndOneConversionMatchTheExponentialClosedForms()
    {
        // With shape 1 the Gamma is exponential: the upper mean for 0 events is -ln(0.025), the lower mean for 1 event -ln(0.975).
        var (none, noUpper) = CostPerConversionInterval.Of(spend: 100, conversions: 0);
        var (_, oneHigh) = CostPerConversionInterval.Of(spend: 100, conversions: 1);

        Assert.Equal(100 / -Math.Log(0.025), none, 1e-9);
        Assert.Null(noUpper);
        Assert.Equal(100 / -Math.Log(0.975), oneHigh!.Value, 1e-6);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(20)]
    [InlineData(250)]
    public void TheLimitsSolveThePoissonTailEquationsThatDefineThem(int conversions)
    {
        var (low, high) = CostPerConversionInterval.Of(spend: 500, conversions: conversions);
        var upperMean = 500 / low;
        var lowerMean = 500 / high!.Value;

        // At the upper mean, seeing this few is a 2.5% event; at the lower mean, seeing this many is.
        Assert.Equal(0.025, Poisson.CDF(upperMean, conversions), 1e-6);
        Assert.Equal(0.025, 1 - Poisson.CDF(lowerMean, conversions - 1), 1e-6);
    }
}
