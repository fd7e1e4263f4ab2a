using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Creatives;

/// <summary>Ranks arms (creatives, formats) by a rate with significance rather than by raw rates.</summary>
/// <remarks>
/// Each arm against the best observed one: a two-sided two-proportion z test (continuity-corrected), Holm-adjusted over the comparisons,
/// so the chance of calling any equal arm worse stays at or below alpha; and the posterior probability that each
/// arm is best under uniform Beta priors, by Monte Carlo with a fixed seed so an answer repeats exactly. A winner is
/// declared only when every other arm is significantly worse.
/// </remarks>
public static class RateRanking
{
    public const int Draws = 4_000;
    private const int Seed = 18;

    /// <summary>The arms in rank order, and the winner (or null when the data cannot tell).</summary>
    public static (IReadOnlyList<RankEntry> Entries, string? Winner) Rank(IReadOnlyList<(string Key, long Trials, long Successes)> arms, double alpha)
    {
        var ordered = arms
            .OrderByDescending(a => a.Trials > 0)
            .ThenByDescending(a => a.Trials > 0 ? (double)a.Successes / a.Trials : 0)
            .ThenBy(a => a.Key, StringComparer.Ordinal)
            .ToList();
        var served = ordered.Where(a => a.Trials > 0).ToList();
        var probabilities = ProbabilityBest(served);
        var adjusted = served.Count < 2 ? [] : Holm([.. served.Skip(1).Select(a => TwoProportionP(served[0], a))]);
        var entries = ordered.Select((arm, i) =>
        {
            double? p = i > 0 && i < served.Count ? adjusted[i - 1] : null;
            var (rate, low, high) = Wilson(arm.Trials, arm.Successes);
            return new RankEntry(arm.Key, i + 1, arm.Trials, arm.Successes, rate, low, high, i < served.Count ? probabilities[i] : 0, p, p < alpha);
        }).ToList();
        var winner = served.Count >= 2 && entries.Skip(1).Take(served.Count - 1).All(e => e.WorseThanBest) ? entries[0].Key : null;
        return (entries, winner);
    }

    /// <summary>Two-sided p-value of the difference between two proportions (pooled z test with continuity correction); 1 when it cannot be told.</summary>
    public static double TwoProportionP((string Key, long Trials, long Successes) a, (string Key, long Trials, long Successes) b)
    {
        var pooled = (double)(a.Successes + b.Successes) / (a.Trials + b.Trials);
        var error = Math.Sqrt(pooled * (1 - pooled) * (1.0 / a.Trials + 1.0 / b.Trials));
        if (error <= 0)
        {
            return 1;
        }

        // Yates' continuity correction: counts are whole, and without it the test rejects a little more often than alpha.
        var difference = Math.Abs((double)a.Successes / a.Trials - (double)b.Successes / b.Trials) - 0.5 * (1.0 / a.Trials + 1.0 / b.Trials);
        return 2 * (1 - Normal.CDF(0, 1, Math.Max(0, difference) / error));
    }

    /// <summary>Holm's step-down adjustment of p-values, in their input order.</summary>
    public static double[] Holm(IReadOnlyList<double> pValues)
    {
        var adjusted = new double[pValues.Count];
        var running = 0.0;
        foreach (var (p, index, rank) in pValues.Select((p, i) => (p, i)).OrderBy(x => x.p).Select((x, rank) => (x.p, x.i, rank)))
        {
            running = Math.Max(running, Math.Min(1, p * (pValues.Count - rank)));
            adjusted[index] = running;
        }

        return adjusted;
    }

    private static double[] ProbabilityBest(IReadOnlyList<(string Key, long Trials, long Successes)> arms)
    {
        var wins = new double[arms.Count];
        if (arms.Count == 0)
        {
            return wins;
        }

        var random = new Random(Seed);
        for (var draw = 0; draw < Draws; draw++)
        {
            var best = 0;
            var bestValue = double.MinValue;
            for (var i = 0; i < arms.Count; i++)
            {
                var value = Beta.Sample(random, 1 + arms[i].Successes, 1 + arms[i].Trials - arms[i].Successes);
                if (value > bestValue)
                {
                    (best, bestValue) = (i, value);
                }
            }

            wins[best]++;
        }

        return [.. wins.Select(w => Math.Round(w / Draws, 4))];
    }

    private static (double? Rate, double? Low, double? High) Wilson(long trials, long successes)
    {
        if (trials == 0)
        {
            return (null, null, null);
        }

        const double Z = 1.959963984540054;
        var p = (double)successes / trials;
        var denominator = 1 + Z * Z / trials;
        var centre = (p + Z * Z / (2 * trials)) / denominator;
        var half = Z * Math.Sqrt(p * (1 - p) / trials + Z * Z / (4.0 * trials * trials)) / denominator;
        return (p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
