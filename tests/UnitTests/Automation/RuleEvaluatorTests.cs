using GrainMarketing.Automation;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Automation;

public sealed class RuleEvaluatorTests
{
    private static readonly RuleAction[] Pause = [new RuleAction(RuleActionType.Pause)];

    [Fact]
    public void AThresholdHoldsOnTheWindowsValueAndAnUndefinedKpiNeverHolds()
    {
        var rule = Rule(new RuleCondition(RuleMetric.Cpa, "3d", RuleComparator.GreaterThan, 40));

        var expensive = RuleEvaluator.Evaluate(rule, new Windows { ["3d"] = Totals(spend: 500, conversions: 10) });
        var cheap = RuleEvaluator.Evaluate(rule, new Windows { ["3d"] = Totals(spend: 300, conversions: 10) });
        var noConversions = RuleEvaluator.Evaluate(rule, new Windows { ["3d"] = Totals(spend: 10_000, conversions: 0) });

        Assert.True(expensive.Holds);
        Assert.Equal(50m, expensive.Conditions[0].Value);
        Assert.False(cheap.Holds);
        Assert.False(noConversions.Holds);
        Assert.Null(noConversions.Conditions[0].Value);
    }

    [Fact]
    public void AGuardThatIsNotMetKeepsAConditionFalse()
    {
        var rule = Rule(new RuleCondition(RuleMetric.Cpa, "3d", RuleComparator.GreaterThan, 40)) with { Guards = new RuleGuards(MinSpend: 1000) };

        var evaluation = RuleEvaluator.Evaluate(rule, new Windows { ["3d"] = Totals(spend: 500, conversions: 10) });

        Assert.False(evaluation.Holds);
        Assert.False(evaluation.Conditions[0].GuardMet);
        Assert.Equal(50m, evaluation.Conditions[0].Value);
    }

    [Fact]
    public void AChangeComparesWithThePreviousWindowOfTheSameLength()
    {
        var rule = Rule(
            new RuleCondition(RuleMetric.Ctr, "7d", RuleComparator.LessOrEqual, Change: -0.3m),
            new RuleCondition(RuleMetric.Impressions, "7d", RuleComparator.GreaterThan, Change: 0m));
        var fatigued = new Windows
        {
            ["7d"] = Totals(impressions: 120_000, clicks: 720),
            [Windows.Before("7d")] = Totals(impressions: 100_000, clicks: 1_000),
        };

        var evaluation = RuleEvaluator.Evaluate(rule, fatigued);

        Assert.True(evaluation.Holds);
        Assert.Equal((0.006m, 0.01m, -0.4m), (evaluation.Conditions[0].Value!.Value, evaluation.Conditions[0].Previous!.Value, evaluation.Conditions[0].Change!.Value));
        Assert.Equal(0.2m, evaluation.Conditions[1].Change);
        Assert.False(RuleEvaluator.Evaluate(rule, new Windows { ["7d"] = Totals(impressions: 120_000, clicks: 720) }).Holds);
    }

    [Fact]
    public void ConfidenceKeepsASmallSampleFromTriggeringWhatALargeOneDoes()
    {
        var rule = Rule(new RuleCondition(RuleMetric.Cpa, "3d", RuleComparator.GreaterThan, 40, Confidence: 0.95));

        var small = RuleEvaluator.Evaluate(rule, new Windows { ["3d"] = Totals(spend: 60, conversions: 1) });
        var large = RuleEvaluator.Evaluate(rule, new Windows { ["3d"] = Totals(spend: 6_000, conversions: 100) });

        Assert.Equal(60m, small.Conditions[0].Value);
        Assert.False(small.Holds);
        Assert.InRange(small.Conditions[0].Probability!.Value, 0.0, 0.95);
        Assert.True(large.Holds);
        Assert.InRange(large.Conditions[0].Probability!.Value, 0.99, 1.0);
    }

    [Fact]
    public void AnyNeedsOneConditionAndAllNeedsEvery()
    {
        var conditions = new[]
        {
            new RuleCondition(RuleMetric.Spend, "24h", RuleComparator.GreaterThan, 100),
            new RuleCondition(RuleMetric.Clicks, "24h", RuleComparator.GreaterThan, 100),
        };
        var windows = new Windows { ["24h"] = Totals(spend: 150, clicks: 50) };

        Assert.False(RuleEvaluator.Evaluate(Rule(conditions), windows).Holds);
        Assert.True(RuleEvaluator.Evaluate(Rule(conditions) with { Match = RuleMatch.Any }, windows).Holds);
    }

    [Fact]
    public void BudgetUsedIsTodaysSpendOverTheDailyBudgetAndNeedsABudget()
    {
        var rule = Rule(new RuleCondition(RuleMetric.BudgetUsed, "today", RuleComparator.GreaterThan, 1.2m));

        Assert.True(RuleEvaluator.Evaluate(rule, new Windows(dailyBudget: 100) { ["today"] = Totals(spend: 130) }).Holds);
        Assert.False(RuleEvaluator.Evaluate(rule, new Windows(dailyBudget: 100) { ["today"] = Totals(spend: 110) }).Holds);
        Assert.Null(RuleEvaluator.Evaluate(rule, new Windows { ["today"] = Totals(spend: 130) }).Conditions[0].Value);
        Assert.Equal(0.5m, RuleEvaluator.Value(RuleMetric.BudgetUsed, Totals(spend: 150), 100, "3d"));
    }

    private static RuleDefinition Rule(params RuleCondition[] conditions) => new("test", conditions, Pause);

    private static MetricTotals Totals(long impressions = 10_000, long clicks = 200, decimal spend = 0, decimal conversions = 0) =>
        new(impressions, 0, clicks, spend, conversions, conversions * 80);

    /// <summary>Window sums given by the test; a window not given sums to zero.</summary>
    private sealed class Windows(decimal? dailyBudget = null) : Dictionary<string, MetricTotals>, IWindowTotals
    {
        public decimal? DailyBudget => dailyBudget;

        public static string Before(string window) => "before:" + window;

        public MetricTotals Current(string window) => TryGetValue(window, out var totals) ? totals : default;

        public MetricTotals Previous(string window) => TryGetValue(Before(window), out var totals) ? totals : default;
    }
}
