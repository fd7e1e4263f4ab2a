namespace GrainMarketing.Experiments;

/// <summary>A fixed-horizon comparison of a variant with the control: the difference, its interval, the statistic and its two-sided p-value.</summary>
/// <param name="Variance">The variance of the difference the statistic divides by, which the sequential test reuses.</param>
public sealed record TestOutcome(
    double Difference,
    double Low,
    double High,
    double Statistic,
    double? DegreesOfFreedom,
    double PValue,
    double Variance);
