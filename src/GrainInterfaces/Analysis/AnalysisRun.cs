using GrainMarketing.Profiles;
using GrainMarketing.Runs;

namespace GrainMarketing.Analysis;

/// <summary>One daily analysis of a tenant: why and when it ran, what it found, and what it decided.</summary>
/// <remarks>
/// Why and when it ran, how many customers it judged, the high-spender threshold and RFM cuts it found,
/// each pattern's size in its membership snapshot, how many customers whose stored high-spender judgement
/// disagreed with the new threshold it refreshes (once the run is recorded), and what it decided
/// about each campaign type. While it runs, <see cref="Progress"/> names its phase, the share done and the
/// estimated time left; once ended, the phase it ended in (null on runs stored before progress was kept).
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AnalysisRun")]
public sealed record AnalysisRun(
    [property: Id(0)] Guid Id,
    [property: Id(1)] AnalysisTrigger Trigger,
    [property: Id(2)] DateTimeOffset? DueAt,
    [property: Id(3)] DateTimeOffset StartedAt,
    [property: Id(4)] DateTimeOffset? FinishedAt,
    [property: Id(5)] AnalysisRunStatus Status,
    [property: Id(6)] int Customers,
    [property: Id(7)] decimal? HighSpenderThreshold,
    [property: Id(8)] RfmCuts? Rfm,
    [property: Id(9)] IReadOnlyDictionary<BehaviorPattern, int> PatternCounts,
    [property: Id(10)] IReadOnlyList<CampaignDecision> Decisions,
    [property: Id(11)] string? Error,
    [property: Id(12)] int Refreshed = 0,
    [property: Id(13)] RunProgress? Progress = null);
