using GrainMarketing.Profiles;

namespace GrainMarketing.Analysis;

/// <summary>What one pass over a tenant's customers found.</summary>
/// <remarks>
/// How many, the new high-spender threshold, the RFM cuts (null without customers) and each pattern's size
/// in the snapshot.
/// </remarks>
public sealed record AnalysisFindings(
    int Customers,
    decimal? HighSpenderThreshold,
    RfmCuts? Rfm,
    IReadOnlyDictionary<BehaviorPattern, int> PatternCounts);
