using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Analytics;

/// <summary>Which segments a ranking holds (one dimension, or the age and gender cross), how they are ordered, and the spend a segment needs to be ranked.</summary>
/// <param name="Label">The dimension as the answer names it, such as <c>age,gender</c>.</param>
public sealed record SegmentSelection(Dimension Dimension, bool Cross, string Label, string Metric, string Order, decimal MinSpend);
