namespace GrainMarketing.Insights.Creatives;

/// <summary>Whether a creative is fatigued: its CTR decaying from a plateau while its exposure rises, and since when.</summary>
/// <param name="Fatigued">CTR fell significantly (adjusted p below alpha), by at least the minimum drop, while frequency (or, without reported reach, cumulative impressions) rose.</param>
/// <param name="Score">The fatigue score: how far the fitted CTR fell from its plateau to the last day, as a share of the plateau (0.4 = 40% below); 0 without a decay.</param>
/// <param name="StartedOn">The last day at the plateau, after which CTR decays (the fitted change point); null without a decay.</param>
/// <param name="PValue">F test of the plateau-then-decline line against a flat CTR, Bonferroni-adjusted over the candidate change points; null when not assessed.</param>
/// <param name="CtrBefore">Fitted CTR on the plateau.</param>
/// <param name="CtrNow">Fitted CTR on the last day.</param>
/// <param name="Exposure">What showed exposure rising: <c>frequency</c> (reported reach) or <c>cumulativeImpressions</c>.</param>
/// <param name="Reason">The finding in plain words.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.FatigueAssessment")]
public sealed record FatigueAssessment(
    [property: Id(0)] bool Fatigued,
    [property: Id(1)] double Score,
    [property: Id(2)] DateOnly? StartedOn,
    [property: Id(3)] double? PValue,
    [property: Id(4)] double? CtrBefore,
    [property: Id(5)] double? CtrNow,
    [property: Id(6)] string Exposure,
    [property: Id(7)] string Reason);
