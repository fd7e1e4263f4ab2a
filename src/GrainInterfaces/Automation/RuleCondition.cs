namespace GrainMarketing.Automation;

/// <summary>One test over a window (<see cref="RuleWindows"/>): the metric against a threshold, or its change over the previous window.</summary>
/// <remarks>
/// The metric is compared with <see cref="Threshold"/>, or its relative <see cref="Change"/> with the
/// previous window of the same length (−0.3 is a 30% fall). With <see cref="Confidence"/> (a rate or cost KPI only) the condition holds when the posterior
/// probability that the true value is beyond the threshold reaches it.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RuleCondition")]
public sealed record RuleCondition(
    [property: Id(0)] RuleMetric? Metric,
    [property: Id(1)] string? Window,
    [property: Id(2)] RuleComparator? Comparator,
    [property: Id(3)] decimal? Threshold = null,
    [property: Id(4)] decimal? Change = null,
    [property: Id(5)] double? Confidence = null);
