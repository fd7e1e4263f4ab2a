using GrainMarketing.Campaigns;

namespace GrainMarketing.Insights.Creatives;

/// <summary>A campaign's creatives and creative formats over a window, ranked by CTR with significance, with each creative's trends and fatigue.</summary>
/// <param name="Alpha">The significance level of every test in the report.</param>
/// <param name="Creatives">Creatives in rank order.</param>
/// <param name="Formats">Formats in rank order (creatives without a format are left out).</param>
/// <param name="Winner">The best creative when every other one is significantly worse; null when the data cannot tell.</param>
/// <param name="WinningFormat">The best format when every other one is significantly worse; null when the data cannot tell.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CreativeInsightReport")]
public sealed record CreativeInsightReport(
    [property: Id(0)] DateRange Range,
    [property: Id(1)] double Alpha,
    [property: Id(2)] IReadOnlyList<CreativeInsight> Creatives,
    [property: Id(3)] IReadOnlyList<RankEntry> Formats,
    [property: Id(4)] string? Winner,
    [property: Id(5)] string? WinningFormat);
