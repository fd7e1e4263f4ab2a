using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>One target a rule judges: its key in history, its control, and its sums over a range of reporting days.</summary>
public sealed record RuleTarget(string Key, RuleLevel Level, TargetControl Control, Func<DateOnly, DateOnly, MetricTotals> Days);
