using GrainMarketing.Runs;

namespace GrainMarketing.Analysis;

/// <summary>The phases of an analysis run and the share of the run each one starts at.</summary>
/// <remarks>
/// Judging every customer (threshold, RFM, snapshot) is one set-based pass over the customer table and most of a
/// run; finding the customers the threshold moves is a second, lighter pass; counting the campaign segments and
/// creating campaigns the rest. The time left rests on these shares only until an earlier run's speed per
/// customer is known (<see cref="RunEstimate"/>).
/// </remarks>
public static class AnalysisPhases
{
    public static RunStage Judging { get; } = new("judging customers", 0, null);

    public static RunStage FindingMoved(int customers) => new("finding the customers the threshold moves", 0.6, customers);

    public static RunStage CreatingCampaigns(int customers) => new("counting segments and creating campaigns", 0.8, customers);
}
