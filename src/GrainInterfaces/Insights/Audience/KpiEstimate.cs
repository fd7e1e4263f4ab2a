namespace GrainMarketing.Insights.Audience;

/// <summary>A KPI over a window with its 95% interval.</summary>
/// <param name="Value">The KPI from the window's sums; null where it is undefined (a CPA without conversions).</param>
/// <param name="Low">Lower end of the 95% interval; null when the segment lacks the evidence for one.</param>
/// <param name="High">Upper end of the 95% interval; null when the segment lacks the evidence for one.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.KpiEstimate")]
public sealed record KpiEstimate([property: Id(0)] double? Value, [property: Id(1)] double? Low, [property: Id(2)] double? High);
