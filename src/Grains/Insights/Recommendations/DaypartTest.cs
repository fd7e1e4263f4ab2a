using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>One campaign's chi-square test of homogeneity of Poisson rates across its day blocks: the statistic, its p-value and each block's standardised residual.</summary>
/// <remarks>Under H0 a block's conversions are its share of spend times the total; the residual (O − E) / √(E (1 − share)) is approximately standard normal.</remarks>
public sealed record DaypartTest(string Campaign, IReadOnlyList<DaypartBlock> Blocks, double Conversions, double Spend, double ChiSquare, double P)
{
    /// <summary>The test over the blocks expecting at least <paramref name="minimumExpected"/> conversions.</summary>
    public static DaypartTest Of(string campaign, IReadOnlyList<DaypartBlock> blocks, double minimumExpected)
    {
        var (conversions, spend) = (blocks.Sum(b => b.Conversions), blocks.Sum(b => b.Spend));
        var kept = blocks.Where(b => spend > 0 && conversions * b.Spend / spend >= minimumExpected).ToList();
        var (keptConversions, keptSpend) = (kept.Sum(b => b.Conversions), kept.Sum(b => b.Spend));
        if (kept.Count < 2)
        {
            return new DaypartTest(campaign, kept, keptConversions, keptSpend, 0, 1);
        }

        var chiSquare = kept.Sum(b =>
        {
            var expected = keptConversions * b.Spend / keptSpend;
            return (b.Conversions - expected) * (b.Conversions - expected) / expected;
        });
        return new DaypartTest(campaign, kept, keptConversions, keptSpend, chiSquare, 1 - ChiSquared.CDF(kept.Count - 1, chiSquare));
    }

    public double Residual(DaypartBlock block)
    {
        var share = block.Spend / Spend;
        var expected = Conversions * share;
        return (block.Conversions - expected) / Math.Sqrt(expected * (1 - share));
    }

    /// <summary>The blocks beyond the two-sided Bonferroni bound above; when none is, the blocks not beyond it below.</summary>
    public IReadOnlyList<DaypartBlock> Better()
    {
        var bound = Normal.InvCDF(0, 1, 1 - (0.05 / (2 * Blocks.Count)));
        var above = Blocks.Where(b => Residual(b) > bound).ToList();
        return above.Count > 0 ? above : [.. Blocks.Where(b => Residual(b) >= -bound)];
    }
}
