using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>Judges a rule against one target's window sums: the same code for live evaluation and for backtests.</summary>
/// <remarks>
/// Guards apply to each condition's own window; a KPI that is undefined (no denominator) or a change from a
/// previous value of zero makes its condition false, never true.
/// </remarks>
public static class RuleEvaluator
{
    public static RuleEvaluation Evaluate(RuleDefinition rule, IWindowTotals totals)
    {
        var evidence = rule.Conditions!.Select(condition => Judge(condition, rule.Guards, totals)).ToList();
        var holds = rule.Match == RuleMatch.All ? evidence.TrueForAll(e => e.Holds) : evidence.Exists(e => e.Holds);
        return new RuleEvaluation(holds, evidence);
    }

    private static ConditionEvidence Judge(RuleCondition condition, RuleGuards? guards, IWindowTotals totals)
    {
        var window = condition.Window!;
        var current = totals.Current(window);
        var metric = condition.Metric!.Value;
        var comparator = condition.Comparator!.Value;
        var value = Value(metric, current, totals.DailyBudget, window);
        var guardMet = GuardMet(guards, current);

        if (condition.Change is { } wanted)
        {
            var previous = Value(metric, totals.Previous(window), totals.DailyBudget, window);
            decimal? change = previous is > 0 && value is { } now ? Math.Round((now - previous.Value) / previous.Value, 6) : null;
            return new ConditionEvidence(condition, value, previous, change, null, guardMet, guardMet && change is { } c && Compare(c, comparator, wanted));
        }

        var threshold = condition.Threshold!.Value;
        if (condition.Confidence is { } confidence)
        {
            var probability = KpiPosterior.Probability(Kpi(metric), Counts(current), comparator, (double)threshold);
            var holds = guardMet && KpiPosterior.Holds(probability, confidence);
            return new ConditionEvidence(condition, value, null, null, Math.Round(probability, 6), guardMet, holds);
        }

        return new ConditionEvidence(condition, value, null, null, null, guardMet, guardMet && value is { } v && Compare(v, comparator, threshold));
    }

    /// <summary>The metric over the window; null where a KPI has no denominator or there is no budget.</summary>
    public static decimal? Value(RuleMetric metric, MetricTotals totals, decimal? dailyBudget, string window)
    {
        var kpis = totals.Kpis;
        return metric switch
        {
            RuleMetric.Impressions => totals.Impressions,
            RuleMetric.Reach => totals.Reach,
            RuleMetric.Clicks => totals.Clicks,
            RuleMetric.Spend => totals.Spend,
            RuleMetric.Conversions => totals.Conversions,
            RuleMetric.ConversionValue => totals.ConversionValue,
            RuleMetric.Ctr => kpis.Ctr,
            RuleMetric.Cpc => kpis.Cpc,
            RuleMetric.Cpm => kpis.Cpm,
            RuleMetric.Cpa => kpis.Cpa,
            RuleMetric.Cvr => kpis.Cvr,
            RuleMetric.Roas => kpis.Roas,
            RuleMetric.Aov => kpis.Aov,
            RuleMetric.Frequency => kpis.Frequency,
            RuleMetric.BudgetUsed => dailyBudget is > 0 && BudgetDays(window) is var days
                ? Math.Round(totals.Spend / (dailyBudget.Value * days), Kpis.Decimals)
                : null,
            _ => null,
        };
    }

    private static KpiMetric Kpi(RuleMetric metric) => metric switch
    {
        RuleMetric.Ctr => KpiMetric.Ctr,
        RuleMetric.Cvr => KpiMetric.Cvr,
        RuleMetric.Cpa => KpiMetric.Cpa,
        RuleMetric.Cpc => KpiMetric.Cpc,
        RuleMetric.Roas => KpiMetric.Roas,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "No posterior for this metric; validation refuses confidence on it."),
    };

    private static MetricCounts Counts(MetricTotals totals) =>
        new(totals.Impressions, totals.Clicks, totals.Conversions, totals.Spend, totals.ConversionValue);

    private static bool GuardMet(RuleGuards? guards, MetricTotals totals) =>
        guards is null
        || (totals.Spend >= (guards.MinSpend ?? 0)
            && totals.Impressions >= (guards.MinImpressions ?? 0)
            && totals.Conversions >= (guards.MinConversions ?? 0));

    private static bool Compare(decimal value, RuleComparator comparator, decimal threshold) => comparator switch
    {
        RuleComparator.GreaterThan => value > threshold,
        RuleComparator.GreaterOrEqual => value >= threshold,
        RuleComparator.LessThan => value < threshold,
        RuleComparator.LessOrEqual => value <= threshold,
        _ => false,
    };

    /// <summary>How many days of budget a window spans: its days, or its hours as a share of a day.</summary>
    private static decimal BudgetDays(string window) =>
        window == "today" ? 1 : RuleWindows.TryParse(window, out var length) ? (decimal)length.TotalHours / 24 : 1;
}
