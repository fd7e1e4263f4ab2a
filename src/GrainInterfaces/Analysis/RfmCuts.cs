namespace GrainMarketing.Analysis;

/// <summary>The tenant-wide RFM quintile boundaries a run found, lowest first.</summary>
/// <remarks>
/// The tenant-wide RFM quintile boundaries a run found: for recency (days since last purchase, lower is
/// better), frequency (90-day purchases) and monetary (90-day spend), the four values that split the
/// customers into five equal groups, lowest first.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RfmCuts")]
public sealed record RfmCuts(
    [property: Id(0)] IReadOnlyList<double> Recency,
    [property: Id(1)] IReadOnlyList<double> Frequency,
    [property: Id(2)] IReadOnlyList<double> Monetary);
