namespace GrainMarketing.Campaigns;

/// <summary>One ad of one ad set within a campaign: its day totals (its cells summed per day, oldest first).</summary>
/// <param name="AdSetId">The ad set; null where the source did not report one.</param>
/// <param name="AdId">The ad (creative); null where the source reported only the ad set.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.PartSeries")]
public sealed record PartSeries(
    [property: Id(0)] string? AdSetId,
    [property: Id(1)] string? AdId,
    [property: Id(2)] IReadOnlyList<DayTotals> Days);
