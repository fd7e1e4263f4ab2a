using GrainMarketing.Insights.Audience;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>A target's ROAS and its siblings' pooled ROAS, each with its delta-method standard error from the daily variation, and the one-sided p-value of "it is at least the siblings' over the margin".</summary>
public sealed record RoasComparison(RatioOfSums Own, RatioOfSums Rest, double P);
