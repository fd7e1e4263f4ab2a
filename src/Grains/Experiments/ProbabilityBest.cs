using MathNet.Numerics.Distributions;

namespace GrainMarketing.Experiments;

/// <summary>The posterior probability that each variant is the best, by Monte Carlo with a fixed seed so the same data answer the same figures.</summary>
/// <remarks>
/// Rates: Beta(1 + successes, 1 + failures) posteriors (uniform priors). Means: the normal approximation
/// N(mean, variance / n) to each mean's posterior under a flat prior. A draw where variants tie for best (means
/// without variance draw the same value every time) shares its win equally among them.
/// </remarks>
public static class ProbabilityBest
{
    public const int Draws = 20_000;
    public const int Seed = 18;

    /// <summary>One probability per variant in order; null for every variant when one has no data to draw from.</summary>
    public static IReadOnlyList<double?> Estimate(IReadOnlyList<VariantTally> tallies, bool proportion, bool lowerIsBetter)
    {
        var samplers = new List<Func<double>>(tallies.Count);
        var random = new Random(Seed);
        foreach (var tally in tallies)
        {
            if (Sampler(tally, proportion, random) is not { } sampler)
            {
                return [.. tallies.Select(_ => (double?)null)];
            }

            samplers.Add(sampler);
        }

        var wins = new double[tallies.Count];
        var values = new double[tallies.Count];
        for (var draw = 0; draw < Draws; draw++)
        {
            for (var i = 0; i < samplers.Count; i++)
            {
                values[i] = samplers[i]();
            }

            var bestValue = lowerIsBetter ? values.Min() : values.Max();
            var tied = values.Count(v => v == bestValue);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] == bestValue)
                {
                    wins[i] += 1.0 / tied;
                }
            }
        }

        return [.. wins.Select(w => (double?)w / Draws)];
    }

    private static Func<double>? Sampler(VariantTally tally, bool proportion, Random random)
    {
        if (proportion)
        {
            if (tally.Units <= 0)
            {
                return null;
            }

            var successes = (double)tally.Successes;
            var beta = new Beta(1 + successes, 1 + Math.Max(0, tally.Units - successes), random);
            return beta.Sample;
        }

        if (tally.Units < 2)
        {
            return null;
        }

        var normal = new Normal(MeanStatistics.Mean(tally), Math.Sqrt(Math.Max(0, MeanStatistics.Variance(tally)) / tally.Units), random);
        return normal.Sample;
    }
}
