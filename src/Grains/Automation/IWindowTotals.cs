using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>A target's sums over a rule window (<see cref="RuleWindows.Allowed"/>) and over the window of the same length before it.</summary>
public interface IWindowTotals
{
    MetricTotals Current(string window);

    MetricTotals Previous(string window);

    /// <summary>The target's daily budget, for <see cref="RuleMetric.BudgetUsed"/>; null when it has none.</summary>
    decimal? DailyBudget { get; }
}
