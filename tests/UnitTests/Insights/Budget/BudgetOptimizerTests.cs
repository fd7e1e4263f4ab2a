using GrainMarketing.Insights.Budget;

namespace GrainMarketing.UnitTests.Insights.Budget;

public sealed class BudgetOptimizerTests
{
    private static readonly BudgetLimit Open = new(0, "none");

    [Fact]
    public void OnConcaveCurvesTheSplitMatchesTheLagrangeOptimumToWithinAStep()
    {
        var random = new Random(21);
        var candidates = Enumerable.Range(0, 12)
            .Select(i => new BudgetCandidate($"c{i}", 100, Open, new BudgetLimit(5000, "none"), new HillParameters(20 + (80 * random.NextDouble()), 50 + (400 * random.NextDouble()), 0.5 + (0.5 * random.NextDouble()), 0)))
            .ToList();

        var split = BudgetOptimizer.Optimize(candidates, 1200);

        var exact = LagrangeSplit(candidates, 1200);
        Assert.Equal(1200, split.Sum(a => a.Proposed), 6);
        var greedy = split.Sum(a => a.Candidate.Curve.Value(a.Proposed));
        var optimum = candidates.Select((c, i) => c.Curve.Value(exact[i])).Sum();
        Assert.InRange(greedy / optimum, 0.9999, 1.0001);
    }

    [Fact]
    public void LimitsHoldAndTheBindingLimitIsNamed()
    {
        var strong = new HillParameters(100, 100, 1, 0);
        var weak = new HillParameters(10, 100, 1, 0);
        var candidates = new List<BudgetCandidate>
        {
            new("strong", 100, new BudgetLimit(80, "maxChangePercent"), new BudgetLimit(120, "maxChangePercent"), strong),
            new("weak", 100, new BudgetLimit(50, "min"), new BudgetLimit(300, "max"), weak),
        };

        var split = BudgetOptimizer.Optimize(candidates, 200);

        Assert.Equal(120, split[0].Proposed, 6);
        Assert.Equal("maxChangePercent", split[0].Binding);
        Assert.Equal(80, split[1].Proposed, 6);
        Assert.Null(split[1].Binding);
    }

    [Fact]
    public void AnSShapedCurveStillGetsMoneyWhenItPaysBest()
    {
        var sShaped = new HillParameters(200, 300, 2.5, 0);
        var flat = new HillParameters(15, 50, 0.7, 0);
        var candidates = new List<BudgetCandidate>
        {
            new("s", 0, Open, new BudgetLimit(1000, "none"), sShaped),
            new("flat", 0, Open, new BudgetLimit(1000, "none"), flat),
        };

        var split = BudgetOptimizer.Optimize(candidates, 600);

        Assert.True(split[0].Proposed > 350, $"S-shaped got {split[0].Proposed}");
    }

    /// <summary>The exact optimum of concave curves: bisection on the multiplier, each campaign's spend where its marginal equals it.</summary>
    private static double[] LagrangeSplit(IReadOnlyList<BudgetCandidate> candidates, double total)
    {
        double SpendAt(BudgetCandidate c, double multiplier)
        {
            var (low, high) = (0.0, c.Upper.Value);
            for (var i = 0; i < 100; i++)
            {
                var mid = (low + high) / 2;
                (low, high) = c.Curve.Marginal(mid) > multiplier ? (mid, high) : (low, mid);
            }

            return low;
        }

        var (lo, hi) = (1e-9, 1e3);
        for (var i = 0; i < 200; i++)
        {
            var mid = Math.Sqrt(lo * hi);
            (lo, hi) = candidates.Sum(c => SpendAt(c, mid)) > total ? (mid, hi) : (lo, mid);
        }

        return [.. candidates.Select(c => SpendAt(c, lo))];
    }
}
