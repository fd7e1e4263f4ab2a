namespace GrainMarketing.Insights.Audience;

/// <summary>A segment's place in a ranking by one KPI and its test against the rest of the dimension's segments.</summary>
/// <param name="Position">1 for the best point value among the segments with enough evidence; null for the others.</param>
/// <param name="RatioToRest">The segment's KPI over that of the pooled other segments; null where either is undefined.</param>
/// <param name="PValue">Two-sided p-value of the test against the rest; null when not tested.</param>
/// <param name="AdjustedPValue">Holm-adjusted over the segments tested; null when not tested.</param>
/// <param name="Verdict">better, worse, not-different, or insufficient.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.SegmentComparison")]
public sealed record SegmentComparison(
    [property: Id(0)] int? Position,
    [property: Id(1)] double? RatioToRest,
    [property: Id(2)] double? PValue,
    [property: Id(3)] double? AdjustedPValue,
    [property: Id(4)] string Verdict);
